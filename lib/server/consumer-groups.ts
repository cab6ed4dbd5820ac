import "server-only";
import { adminCall } from "../kafka/admin-call";
import { listConsumerGroups } from "../kafka/consumer-groups";
import { kafkaAdmin } from "./kafka";

export const serverConsumerGroups = () =>
  adminCall(async () => {
    const admin = kafkaAdmin();
    await admin.connect();
    return listConsumerGroups(admin);
  });
