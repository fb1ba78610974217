CREATE TABLE `member_facts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`member_id` integer NOT NULL,
	`fact` text NOT NULL,
	`value` text NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "member_facts_span_ck" CHECK(valid_to IS NULL OR valid_to > valid_from)
);
--> statement-breakpoint
CREATE INDEX `member_facts_value_idx` ON `member_facts` (`fact`,`value`,`valid_from`,`valid_to`,`member_id`);--> statement-breakpoint
CREATE INDEX `member_facts_member_idx` ON `member_facts` (`member_id`,`fact`,`valid_from`,`valid_to`,`value`);--> statement-breakpoint
CREATE UNIQUE INDEX `member_facts_open_uq` ON `member_facts` (`member_id`,`fact`) WHERE valid_to IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `member_facts_from_uq` ON `member_facts` (`member_id`,`fact`,`valid_from`);--> statement-breakpoint
ALTER TABLE `member_events` ADD `decided_on` text;--> statement-breakpoint
ALTER TABLE `member_events` ADD `approved_on` text;--> statement-breakpoint
ALTER TABLE `member_events` ADD `fact_id` integer REFERENCES member_facts(id);--> statement-breakpoint
ALTER TABLE `member_events` ADD `old_on` text;--> statement-breakpoint
ALTER TABLE `member_events` ADD `new_on` text;--> statement-breakpoint
-- Hand-added: every existing ledger's members as intervals, from what the file already holds.
-- Edges: "from this day the fact is `value`" (NULL: no value, e.g. off the roster); on one day
-- the latest edge wins (seq: the synthetic first edge 0, events by id, today's values last),
-- an edge that repeats the value before it is no boundary, and each remaining edge with a
-- value holds until the next edge.
-- Presence on the roster: from 入党日期, or from the first 转入 when the first transfer
-- recorded is a 转入 (they came from elsewhere); 转出, 出党, 死亡 end it and 转入 resumes it;
-- members.left_on is the last word. Only the current 支部 and 党小组 are known (members
-- overwrote them; a 支部调整 event names branches by a name that may since have changed),
-- so every stretch on the roster carries the current ones.
CREATE TEMP TABLE `_roster_edges` (`member_id` integer, `day` text, `seq` integer, `present` integer);
--> statement-breakpoint
INSERT INTO `_roster_edges`
SELECT m.id, m.joined_on, 0, 1 FROM members m
WHERE (SELECT e.kind FROM member_events e WHERE e.member_id = m.id AND e.kind IN ('转入', '转出') ORDER BY e.occurred_on, e.id LIMIT 1) IS NOT '转入'
UNION ALL
SELECT e.member_id, e.occurred_on, e.id, e.kind = '转入' FROM member_events e WHERE e.kind IN ('转入', '转出', '出党', '死亡')
UNION ALL
SELECT m.id,
       max(m.joined_on, coalesce(m.left_on, ''), coalesce((SELECT max(e.occurred_on) FROM member_events e WHERE e.member_id = m.id AND e.kind IN ('转入', '转出', '出党', '死亡')), '')),
       9000000000000000, m.left_on IS NULL
FROM members m;
--> statement-breakpoint
CREATE INDEX `_roster_edges_member` ON `_roster_edges` (`member_id`, `present`, `day`);
--> statement-breakpoint
CREATE TEMP TABLE `_fact_edges` (`member_id` integer, `fact` text, `day` text, `seq` integer, `value` text);
--> statement-breakpoint
INSERT INTO `_fact_edges`
SELECT r.member_id, 'branch', r.day, r.seq, CASE WHEN r.present THEN CAST(m.branch_id AS TEXT) END FROM `_roster_edges` r JOIN members m ON m.id = r.member_id
UNION ALL
SELECT r.member_id, 'group', r.day, r.seq, CASE WHEN r.present THEN CAST(m.group_id AS TEXT) END FROM `_roster_edges` r JOIN members m ON m.id = r.member_id
UNION ALL
-- 人员类别: 预备党员 from 入党日期, 正式党员 from 转正日期 (党龄's day). A 正式党员 without a
-- 转正日期 (admitted before records kept it) is counted 正式 from 入党日期.
SELECT id, 'category', joined_on, 0, CASE WHEN category = '正式党员' AND (full_member_on IS NULL OR full_member_on <= joined_on) THEN '正式党员' ELSE '预备党员' END FROM members
UNION ALL
SELECT id, 'category', full_member_on, 1, '正式党员' FROM members WHERE category = '正式党员' AND full_member_on > joined_on
UNION ALL
-- 党籍状态: 正常 from 入党日期, then each dated change; the current value from its date last.
SELECT id, 'party_status', joined_on, 0, '正常' FROM members
UNION ALL
SELECT member_id, 'party_status', occurred_on, id, CASE kind WHEN '恢复' THEN '正常' ELSE kind END FROM member_events WHERE kind IN ('停止党籍', '保留党籍', '恢复', '出党', '死亡')
UNION ALL
SELECT m.id, 'party_status',
       max(m.joined_on, coalesce(m.party_status_on, ''), coalesce((SELECT max(e.occurred_on) FROM member_events e WHERE e.member_id = m.id AND e.kind IN ('停止党籍', '保留党籍', '恢复', '出党', '死亡')), '')),
       9000000000000000, m.party_status
FROM members m
UNION ALL
-- 社区分类 is a local classification: from the day they first came onto this roster.
SELECT m.id, 'community_class', coalesce((SELECT min(r.day) FROM `_roster_edges` r WHERE r.member_id = m.id AND r.present), m.joined_on), 0, m.community_class FROM members m;
--> statement-breakpoint
INSERT INTO `member_facts` (`member_id`, `fact`, `value`, `valid_from`, `valid_to`, `created_at`)
WITH last_of_day AS (
  SELECT member_id, fact, day, value FROM (
    SELECT member_id, fact, day, value, row_number() OVER (PARTITION BY member_id, fact, day ORDER BY seq DESC) AS rn FROM `_fact_edges`
  ) WHERE rn = 1
), boundaries AS (
  SELECT member_id, fact, day, value FROM (
    SELECT member_id, fact, day, value, lag(value, 1, '(none)') OVER (PARTITION BY member_id, fact ORDER BY day) AS prev FROM last_of_day
  ) WHERE value IS NOT prev
), spans AS (
  SELECT member_id, fact, value, day AS valid_from, lead(day) OVER (PARTITION BY member_id, fact ORDER BY day) AS valid_to FROM boundaries
)
SELECT member_id, fact, value, valid_from, valid_to, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM spans WHERE value IS NOT NULL ORDER BY member_id, fact, valid_from;
--> statement-breakpoint
DROP TABLE `_fact_edges`;
--> statement-breakpoint
DROP TABLE `_roster_edges`;
