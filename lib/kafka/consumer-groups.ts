import { AssignerProtocol, type Admin, type GroupDescription } from "kafkajs";
import { partitionLag, type PartitionLag } from "./partition-lag";

export type ConsumerGroupView = {
  groupId: string;
  state: string;
  members: { memberId: string; clientId: string; clientHost: string }[];
  totalLag: number;
  partitions: PartitionLag[];
};

/** Topics assigned to the group's members: a group that never committed still has lag on them. */
function assignedTopics(group: GroupDescription): string[] {
  return group.members.flatMap((member) => {
    if (member.memberAssignment.length === 0) return [];
    const decoded = AssignerProtocol.MemberAssignment.decode(member.memberAssignment);
    return decoded ? Object.keys(decoded.assignment) : [];
  });
}

/**
 * Every consumer group on the cluster with its state, members and lag per partition, most behind
 * first. Only Kafka knows this, so it is read from the admin API on each call.
 */
export async function listConsumerGroups(admin: Admin): Promise<ConsumerGroupView[]> {
  const { groups } = await admin.listGroups();
  const consumerGroupIds = groups.filter((group) => group.protocolType === "consumer").map((group) => group.groupId);
  return describeConsumerGroups(admin, consumerGroupIds);
}

/** The named groups only, read the same way; a group Kafka does not know comes back as "Dead". */
export async function describeConsumerGroups(admin: Admin, groupIds: string[]): Promise<ConsumerGroupView[]> {
  if (groupIds.length === 0) return [];
  const { groups: described } = await admin.describeGroups(groupIds);
  // Groups often share topics: each topic's end offsets are asked for once per call.
  const endOffsets = new Map<string, ReturnType<Admin["fetchTopicOffsets"]>>();
  const endsOf = (topic: string) => {
    if (!endOffsets.has(topic)) endOffsets.set(topic, admin.fetchTopicOffsets(topic));
    return endOffsets.get(topic)!;
  };

  const views = await Promise.all(
    described.map(async (group): Promise<ConsumerGroupView> => {
      const committed = await admin.fetchOffsets({ groupId: group.groupId });
      const topics = new Set([...committed.map((entry) => entry.topic), ...assignedTopics(group)]);
      const partitions: PartitionLag[] = [];
      for (const topic of [...topics].sort()) {
        const topicCommitted = committed.find((entry) => entry.topic === topic)?.partitions ?? [];
        for (const ends of [...(await endsOf(topic))].sort((a, b) => a.partition - b.partition)) {
          const offset = topicCommitted.find((entry) => entry.partition === ends.partition)?.offset;
          partitions.push(partitionLag(topic, ends, offset));
        }
      }
      return {
        groupId: group.groupId,
        state: group.state,
        members: group.members.map(({ memberId, clientId, clientHost }) => ({ memberId, clientId, clientHost })),
        totalLag: partitions.reduce((sum, partition) => sum + partition.lag, 0),
        partitions,
      };
    }),
  );
  return views.sort((a, b) => b.totalLag - a.totalLag || a.groupId.localeCompare(b.groupId));
}
