CREATE TABLE `dev_attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`sha256` text NOT NULL,
	`file_name` text NOT NULL,
	`size` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `dev_people`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `dev_attachments_person_idx` ON `dev_attachments` (`person_id`);--> statement-breakpoint
CREATE TABLE `dev_people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`gender` text NOT NULL,
	`ethnicity` text,
	`birth_date` text,
	`id_number` text,
	`education` text,
	`work_unit` text,
	`phone` text,
	`org_id` integer NOT NULL,
	`note` text,
	`member_id` integer,
	`left_on` text,
	`left_reason` text,
	`left_note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "dev_people_left_ck" CHECK((left_on IS NULL) = (left_reason IS NULL))
);
--> statement-breakpoint
CREATE INDEX `dev_people_org_idx` ON `dev_people` (`org_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `dev_people_member_uq` ON `dev_people` (`member_id`) WHERE member_id IS NOT NULL;--> statement-breakpoint
CREATE TABLE `dev_plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`org_id` integer,
	`quota` integer NOT NULL,
	`note` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "dev_plans_quota_ck" CHECK(quota >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `dev_plans_year_uq` ON `dev_plans` (`year`) WHERE org_id IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `dev_plans_year_org_uq` ON `dev_plans` (`year`,`org_id`) WHERE org_id IS NOT NULL;--> statement-breakpoint
CREATE TABLE `dev_record_people` (
	`record_id` integer NOT NULL,
	`member_id` integer NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`record_id`, `member_id`, `role`),
	FOREIGN KEY (`record_id`) REFERENCES `dev_records`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `dev_record_people_member_idx` ON `dev_record_people` (`member_id`);--> statement-breakpoint
CREATE TABLE `dev_records` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`step_code` text NOT NULL,
	`done_on` text NOT NULL,
	`end_on` text,
	`hours` real,
	`doc_no` text,
	`reason` text,
	`warning` text,
	`note` text,
	`source` text DEFAULT '录入' NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `dev_people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`step_code`) REFERENCES `dev_steps`(`code`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "dev_records_void_ck" CHECK((voided_at IS NULL) = (void_reason IS NULL)),
	CONSTRAINT "dev_records_range_ck" CHECK(end_on IS NULL OR end_on >= done_on)
);
--> statement-breakpoint
CREATE INDEX `dev_records_person_idx` ON `dev_records` (`person_id`,`step_code`,`done_on`);--> statement-breakpoint
CREATE INDEX `dev_records_step_idx` ON `dev_records` (`step_code`,`done_on`);--> statement-breakpoint
CREATE TABLE `dev_steps` (
	`code` text PRIMARY KEY NOT NULL,
	`stage` integer NOT NULL,
	`seq` integer NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	CONSTRAINT "dev_steps_stage_ck" CHECK(stage BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE TABLE `dev_votes` (
	`record_id` integer PRIMARY KEY NOT NULL,
	`due_full` integer NOT NULL,
	`due_voting` integer NOT NULL,
	`present_voting` integer NOT NULL,
	`in_favour` integer NOT NULL,
	`against` integer NOT NULL,
	`abstain` integer NOT NULL,
	FOREIGN KEY (`record_id`) REFERENCES `dev_records`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "dev_votes_sum_ck" CHECK(in_favour + against + abstain <= present_voting AND present_voting <= due_voting)
);
--> statement-breakpoint
-- The 25 steps of 《中国共产党发展党员工作细则》(2014), keep in step with api/development.ts DEV_STEP_DEFAULTS.
INSERT INTO `dev_steps` (`code`, `stage`, `seq`, `name`, `kind`) VALUES
  ('apply', 1, 1, '递交入党申请书', 'date'),
  ('talk', 1, 2, '党组织派人谈话', 'people'),
  ('activist', 2, 3, '推荐和确定入党积极分子', 'date'),
  ('activistFiling', 2, 4, '上级党委备案', 'date'),
  ('mentors', 2, 5, '指定培养联系人', 'people'),
  ('inspect', 2, 6, '培养教育考察', 'repeat'),
  ('candidate', 3, 7, '确定发展对象', 'date'),
  ('candidateFiling', 3, 8, '报上级党委备案', 'date'),
  ('sponsors', 3, 9, '确定入党介绍人', 'people'),
  ('politicalReview', 3, 10, '进行政治审查', 'date'),
  ('training', 3, 11, '开展集中培训', 'training'),
  ('publicity', 4, 12, '支部委员会审查并公示', 'range'),
  ('preReview', 4, 13, '上级党委预审', 'date'),
  ('volunteerForm', 4, 14, '填写入党志愿书', 'docNo'),
  ('branchMeeting', 4, 15, '支部大会讨论', 'vote'),
  ('higherTalk', 4, 16, '上级党委派人谈话', 'people'),
  ('approve', 4, 17, '上级党委审批', 'approve'),
  ('approveFiling', 4, 18, '再上级党委组织部门备案', 'date'),
  ('assign', 5, 19, '编入党支部和党小组', 'date'),
  ('oath', 5, 20, '入党宣誓', 'date'),
  ('probationInspect', 5, 21, '继续教育考察', 'repeat'),
  ('regularApply', 5, 22, '提出转正申请', 'date'),
  ('regularMeeting', 5, 23, '支部大会讨论转正', 'date'),
  ('regularApprove', 5, 24, '上级党委审批转正', 'approve'),
  ('archive', 5, 25, '材料归档', 'date');
--> statement-breakpoint
-- 发展计划 is year-owned: a closed year's quota never changes (docs/database.md).
CREATE TRIGGER `dev_plans_closed_insert` BEFORE INSERT ON `dev_plans` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = NEW.year) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `dev_plans_closed_update` BEFORE UPDATE ON `dev_plans` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = OLD.year) OR EXISTS (SELECT 1 FROM closed_years WHERE year = NEW.year) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `dev_plans_closed_delete` BEFORE DELETE ON `dev_plans` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = OLD.year) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
