CREATE TABLE `org_committee` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`org_id` integer NOT NULL,
	`member_id` integer,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`start_on` text NOT NULL,
	`end_on` text,
	`note` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `org_committee_org_idx` ON `org_committee` (`org_id`);--> statement-breakpoint
CREATE TABLE `orgs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`branch_type` text,
	`parent_id` integer,
	`secretary` text,
	`contact_name` text,
	`contact_phone` text,
	`founded_on` text,
	`term_ends_on` text,
	`note` text,
	`closed_on` text,
	`closed_reason` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `orgs_parent_idx` ON `orgs` (`parent_id`);--> statement-breakpoint
CREATE TABLE `member_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`member_id` integer NOT NULL,
	`kind` text NOT NULL,
	`occurred_on` text NOT NULL,
	`place` text,
	`letter_no` text,
	`reason` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `member_events_member_idx` ON `member_events` (`member_id`,`occurred_on`);--> statement-breakpoint
CREATE TABLE `members` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`gender` text NOT NULL,
	`ethnicity` text,
	`birth_date` text NOT NULL,
	`id_number` text NOT NULL,
	`education` text,
	`joined_on` text NOT NULL,
	`full_member_on` text,
	`category` text NOT NULL,
	`probation_extended_to` text,
	`party_status` text DEFAULT '正常' NOT NULL,
	`party_status_on` text,
	`community_class` text NOT NULL,
	`branch_id` integer NOT NULL,
	`group_id` integer,
	`party_post` text,
	`work_unit` text,
	`residence_community` text,
	`building` text,
	`room` text,
	`phone` text,
	`flow_destination` text,
	`lost_contact_on` text,
	`is_center_household` integer DEFAULT false NOT NULL,
	`is_in_difficulty` integer DEFAULT false NOT NULL,
	`is_veteran` integer DEFAULT false NOT NULL,
	`is_frail` integer DEFAULT false NOT NULL,
	`dues_paid_through` text,
	`note` text,
	`left_on` text,
	`left_reason` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`group_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `members_id_number_uq` ON `members` (`id_number`);--> statement-breakpoint
CREATE INDEX `members_branch_idx` ON `members` (`branch_id`,`left_on`);--> statement-breakpoint
CREATE INDEX `members_group_idx` ON `members` (`group_id`);--> statement-breakpoint
CREATE INDEX `members_left_idx` ON `members` (`left_on`);--> statement-breakpoint
CREATE INDEX `members_joined_idx` ON `members` (`joined_on`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text
);
