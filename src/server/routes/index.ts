// Every area's routes, registered in one place so the app's surface is readable at a glance.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { healthRoutes } from './health.js';
import { homeRoutes } from './home.js';
import { evidenceRoutes } from './evidence.js';
import { watchPageRoutes } from './watch-page.js';
import { authRoutes } from './auth.js';
import { campaignRoutes } from './campaign.js';
import { institutionRoutes } from './institutions.js';
import { alertRoutes } from './alerts.js';
import { assignmentRoutes } from './assignment.js';
import { campaignReportRoutes } from './campaign-reports.js';
import { userRoutes } from './auth-users.js';
import { numbersRoutes } from './numbers.js';
import { reportsRoutes } from './reports.js';
import { checkPageRoutes } from './check-page.js';
import { moderationRoutes } from './moderation.js';
import { outboxRoutes } from './outbox.js';
import { checkApiRoutes } from './check-api.js';

export async function registerRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await app.register(healthRoutes(ctx));
  await app.register(homeRoutes(ctx));
  await app.register(evidenceRoutes(ctx));
  await app.register(watchPageRoutes(ctx));
  await app.register(authRoutes(ctx));
  await app.register(campaignRoutes(ctx));
  await app.register(institutionRoutes(ctx));
  await app.register(alertRoutes(ctx));
  await app.register(assignmentRoutes(ctx));
  await app.register(campaignReportRoutes(ctx));
  await app.register(userRoutes(ctx));
  await app.register(numbersRoutes(ctx));
  await app.register(reportsRoutes(ctx));
  await app.register(checkPageRoutes(ctx));
  await app.register(moderationRoutes(ctx));
  await app.register(outboxRoutes(ctx));
  await app.register(checkApiRoutes(ctx));
}
