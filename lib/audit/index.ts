export { listAudit } from "./list-audit";
export { recordAudit } from "./record-audit";
export { auditActions, auditListQuerySchema } from "./schemas";
