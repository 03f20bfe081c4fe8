// Small pieces every form page shares: the status/alert line after an action, the CSRF field, a one-button form.

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

/** A form that is only a button: one POST action (with its CSRF field), e.g. revoke, withdraw, mark done. */
export function PostButton(p: { action: string; csrf: string; label: string; class?: string; buttonClass?: string }): JSX.Element {
  return (
    <form method="post" action={p.action} class={p.class}>
      <Csrf token={p.csrf} />
      <button type="submit" class={p.buttonClass} safe>
        {p.label}
      </button>
    </form>
  );
}
