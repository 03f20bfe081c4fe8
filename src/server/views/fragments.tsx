// Small pieces every form page shares: the status/alert line after an action, and the CSRF field.

/** A one-line outcome after an action: a status, or an alert when it went wrong. Nothing when there is no text. */
export function Flash({ text, error }: { text: string | undefined; error?: boolean }): JSX.Element {
  if (!text) return <></>;
  return (
    <p class={error ? 'flash err' : 'flash'} role={error ? 'alert' : 'status'} safe>
      {text}
    </p>
  );
}

/** A hidden CSRF field for forms. */
export function Csrf({ token }: { token: string }): JSX.Element {
  return <input type="hidden" name="_csrf" value={token} />;
}
