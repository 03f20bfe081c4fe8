// The reminder service: on each tick it plans the due reminders of every open directive (state in the
// database), claims each one by inserting its row, then sends it over SMTP or leaves it in the outbox.
// Croner is only the alarm clock; a restart loses nothing and repeats nothing.
import { Cron } from 'croner';
import type { Logger } from 'pino';
import { composeReminder } from '../../campaign/reminders/message.js';
import type { Mailer } from '../../campaign/reminders/mailer.js';
import { planReminders } from '../../campaign/reminders/plan.js';
import { translator } from '../../i18n/index.js';
import { assignmentLink, openToken } from '../../store/assignments.js';
import type { Store } from '../../store/db.js';
import { claimReminder, claimRetry, failedReminders, finishReminder, getPolicy, markInterrupted, openDirectives, reminderTargets, sentLog } from '../../store/reminders.js';

export const MAX_ATTEMPTS = 3;
/** A failed send is tried again after this long (a mail server's "try again later"). */
export const RETRY_AFTER_MS = 10 * 60_000;
/** A send that has not finished after this long was cut off by a stop or crash. */
export const STALE_SENDING_MS = 15 * 60_000;

export interface ReminderRun {
  /** New reminders claimed in this tick. */
  created: number;
  sent: number;
  outbox: number;
  failed: number;
}

export interface ReminderServiceDeps {
  store: Store;
  publicUrl: string;
  /** The app secret the assignment links are sealed with. */
  secret: string;
  logger: Logger;
  clock: () => number;
  /** Absent: no SMTP, reminders are kept in the outbox. */
  mailer?: Mailer | undefined;
}

export interface ReminderService {
  readonly mode: 'smtp' | 'outbox';
  tick(): Promise<ReminderRun>;
  /** Wakes the service on a croner pattern (default every five minutes) and once right away. */
  start(pattern?: string): void;
  stop(): Promise<void>;
}

export function reminderService(deps: ReminderServiceDeps): ReminderService {
  const { store, logger, clock, mailer } = deps;
  const db = store.db;
  const t = { kk: translator('kk').t, ru: translator('ru').t };
  let cron: Cron | undefined;
  let running: Promise<ReminderRun> | undefined;

  async function send(id: number, to: string, subject: string, text: string, run: ReminderRun): Promise<void> {
    try {
      await mailer!.send({ to, subject, text });
      await finishReminder(db, id, { ok: true }, new Date(clock()).toISOString());
      run.sent++;
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      await finishReminder(db, id, { ok: false, error }, new Date(clock()).toISOString());
      logger.warn({ reminder: id, err: error }, 'reminder not sent');
      run.failed++;
    }
  }

  async function once(): Promise<ReminderRun> {
    const run: ReminderRun = { created: 0, sent: 0, outbox: 0, failed: 0 };
    const nowMs = clock();
    const now = new Date(nowMs).toISOString();
    const interrupted = await markInterrupted(db, new Date(nowMs - STALE_SENDING_MS).toISOString(), now);
    if (interrupted > 0) logger.warn({ interrupted }, 'reminders interrupted mid-send are left for the authority');
    for (const d of await openDirectives(db, now)) {
      const policy = await getPolicy(db, d.id);
      if (!policy.enabled) continue;
      const targets = await reminderTargets(db, d.id);
      const due = planReminders({ directive: d, policy, assignments: targets, sent: await sentLog(db, d.id), now: nowMs });
      for (const r of due) {
        const target = targets.find((x) => x.assignmentId === r.assignmentId)!;
        const token = openToken(deps.secret, target.tokenSealed);
        if (token === undefined) {
          logger.warn({ assignment: r.assignmentId }, 'reminder skipped: the assignment link cannot be opened with this secret');
          continue;
        }
        const msg = composeReminder(t, { institution: target.institution, directiveTitle: d.title, deadline: d.deadline, link: assignmentLink(deps.publicUrl, token), daysBefore: r.daysBefore });
        const status = mailer ? (target.email ? 'sending' : 'no_address') : 'outbox';
        const id = await claimReminder(
          db,
          { directiveId: d.id, assignmentId: r.assignmentId, rule: r.ruleId, fireAt: r.fireAt, toEmail: target.email, subject: msg.subject, body: msg.text, channel: mailer ? 'smtp' : 'outbox', status },
          new Date(clock()).toISOString(),
        );
        if (id === undefined) continue; // someone else claimed it first
        run.created++;
        if (status === 'sending') await send(id, target.email!, msg.subject, msg.text, run);
        else run.outbox++;
      }
    }
    if (mailer) {
      for (const f of await failedReminders(db, now, MAX_ATTEMPTS, new Date(nowMs - RETRY_AFTER_MS).toISOString())) {
        if (f.toEmail && (await claimRetry(db, f.id, new Date(clock()).toISOString()))) await send(f.id, f.toEmail, f.subject, f.body, run);
      }
    }
    if (run.created + run.failed > 0) logger.info(run, 'reminders');
    return run;
  }

  const service: ReminderService = {
    mode: mailer ? 'smtp' : 'outbox',
    async tick() {
      // one tick at a time in this process; other processes are kept apart by the unique key
      while (running) await running.catch(() => undefined);
      running = once();
      try {
        return await running;
      } finally {
        running = undefined;
      }
    },
    start(pattern = '*/5 * * * *') {
      const wake = (): void => {
        service.tick().catch((err: unknown) => {
          logger.error({ err }, 'reminder tick failed');
        });
      };
      cron = new Cron(pattern, { protect: true }, wake);
      wake();
    },
    async stop() {
      cron?.stop();
      cron = undefined;
      await running?.catch(() => undefined);
      mailer?.close();
    },
  };
  return service;
}
