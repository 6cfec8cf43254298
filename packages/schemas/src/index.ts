export { ErrorBody, OpenFiscaErrorBody } from "./errors.ts";
export {
  RoleSchema,
  LoginBody,
  MembershipView,
  UserView,
  SessionView,
} from "./auth.ts";
export {
  OrganisationView,
  MemberView,
  OrganisationParams,
  CreateMemberBody,
} from "./organisations.ts";
export { AuditEntryView, AuditQuery, AuditPage } from "./audit.ts";
export { HealthView } from "./health.ts";
export * from "./urgence/common.ts";
export * from "./urgence/people.ts";
export * from "./urgence/operations.ts";
export * from "./urgence/coordination.ts";
export * from "./urgence/map.ts";
