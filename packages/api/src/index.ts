/**
 * @nongsan/api: the API contract and the application layer under it, without HTTP (apps/server hosts it).
 * The apps import only the contract's types: `import type { AppRouter, RouterOutputs } from '@nongsan/api'`.
 */

// What the host and its jobs, seeding and tests use besides the router.
export { hashPassword, verifyPassword } from './auth/passwords.ts';
// The context a request runs in (the host builds it from the session cookie).
export type { SessionUser, UserRole } from './auth/session-user.ts';
export { type Clock, clockFromEnv, fixedClock, type ManualClock, manualClock, systemClock } from './clock.ts';
// The contract: the router, its types and the data every error carries.
export type { AppErrorData, AppRouter, ProblemData, RouterInputs, RouterOutputs } from './contract.ts';
// The HTTP side's own messages (rate limits, oversized requests, a failing server), for the host's plain routes.
// The spreadsheet exports the host serves as plain HTTP downloads.
export { type ExportKind, exportFor } from './exports.ts';
export { type AnswerCode, formatAnswer, HTTP_MESSAGES, type HttpMessageCode } from './http-messages.ts';
export { newId } from './ids.ts';
export {
  PENDING_PHOTOS_FOLDER,
  PHOTO_LIMITS,
  PHOTO_TYPES,
  type PhotoContentType,
  PhotoStore,
  type StoredPhoto,
  sniffImageType,
} from './photos/photo-store.ts';
export { CommuneRepository, type CommuneView } from './repositories/commune-repository.ts';
export type { NewHousehold } from './repositories/household-repository.ts';
export type { PushDevice } from './repositories/push-repository.ts';
export { inTransaction, type Repositories, repositoriesFor } from './repositories/repositories.ts';
export { type NewUser, type User, UserRepository } from './repositories/user-repository.ts';
export { VillageRepository } from './repositories/village-repository.ts';
export { appRouter } from './router.ts';
export { LOGIN_LOCKOUT } from './services/auth-service.ts';
export {
  BankTransfersService,
  type BankTransferView,
  type TransferReceipt,
} from './services/bank-transfers-service.ts';
export { attachBuyerPhotoIn, BuyerPhotosService } from './services/buyer-photos-service.ts';
export { ComplaintsService } from './services/complaints-service.ts';
export type { ServiceDeps } from './services/deps.ts';
export type { ExportTable } from './services/exports-service.ts';
export { type ListingView, listingSearchText, type SearchPage } from './services/listing-service.ts';
export {
  type AlertPayload,
  OrderAlertsService,
  type PushOutcome,
  type PushSender,
} from './services/order-alerts-service.ts';
export { OrdersService, type OrderView } from './services/orders-service.ts';
export {
  groupedCheckouts,
  type PlacementQueue,
  placementsFor,
  transactionPerCheckout,
} from './services/placement-queue.ts';
export { type ProvinceOverview, ProvinceService } from './services/province-service.ts';
export { SearchCache, type SearchTicket } from './services/search-cache.ts';
export {
  type AppDeps,
  type Context,
  type ContextInnerOptions,
  createContextInner,
  memorySessionCookie,
  SESSION_COOKIE,
  type SessionCookie,
  userForSessionToken,
} from './trpc/context.ts';
export { trpcCodeFor } from './trpc/error-codes.ts';
export { createCallerFactory } from './trpc/init.ts';
