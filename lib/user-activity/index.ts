export { listUserActivity } from "./list-user-activity";
export { userActivityInputSchema, USER_ACTIVITY_SOURCE } from "./schemas";
export { renderSeedError } from "./seed-error";
export { userActivityView } from "./user-activity-view";
