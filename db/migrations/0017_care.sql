CREATE TABLE `care_visits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`member_id` integer NOT NULL,
	`visited_on` text NOT NULL,
	`occasion` text NOT NULL,
	`visitors` text NOT NULL,
	`money_fen` integer DEFAULT 0 NOT NULL,
	`goods` text,
	`fund_source` text,
	`note` text,
	`voided_at` text,
	`void_reason` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "care_visits_money_ck" CHECK(money_fen >= 0)
);
--> statement-breakpoint
CREATE INDEX `care_visits_day_idx` ON `care_visits` (`visited_on`,`member_id`);--> statement-breakpoint
CREATE INDEX `care_visits_member_idx` ON `care_visits` (`member_id`,`visited_on`);--> statement-breakpoint
CREATE TABLE `center_households` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`member_id` integer NOT NULL,
	`building` text NOT NULL,
	`households` integer DEFAULT 0 NOT NULL,
	`household_names` text,
	`from_on` text NOT NULL,
	`to_on` text,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "center_households_span_ck" CHECK(to_on IS NULL OR to_on >= from_on),
	CONSTRAINT "center_households_count_ck" CHECK(households >= 0)
);
--> statement-breakpoint
CREATE INDEX `center_households_member_idx` ON `center_households` (`member_id`,`from_on`);--> statement-breakpoint
CREATE TABLE `flow_contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`flow_out_id` integer NOT NULL,
	`contacted_on` text NOT NULL,
	`method` text NOT NULL,
	`note` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`flow_out_id`) REFERENCES `flow_outs`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `flow_contacts_flow_idx` ON `flow_contacts` (`flow_out_id`,`contacted_on`);--> statement-breakpoint
CREATE TABLE `flow_ins` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`gender` text NOT NULL,
	`phone` text,
	`from_place` text NOT NULL,
	`home_org` text NOT NULL,
	`org_id` integer NOT NULL,
	`arrived_on` text NOT NULL,
	`left_on` text,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "flow_ins_span_ck" CHECK(left_on IS NULL OR left_on >= arrived_on)
);
--> statement-breakpoint
CREATE INDEX `flow_ins_org_idx` ON `flow_ins` (`org_id`,`arrived_on`);--> statement-breakpoint
CREATE TABLE `flow_outs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`member_id` integer NOT NULL,
	`left_on` text NOT NULL,
	`place` text NOT NULL,
	`unit` text,
	`contact` text,
	`card_no` text,
	`joins_life_there` integer DEFAULT false NOT NULL,
	`returned_on` text,
	`note` text,
	`voided_at` text,
	`void_reason` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "flow_outs_span_ck" CHECK(returned_on IS NULL OR returned_on >= left_on)
);
--> statement-breakpoint
CREATE INDEX `flow_outs_member_idx` ON `flow_outs` (`member_id`,`left_on`);--> statement-breakpoint
CREATE INDEX `flow_outs_span_idx` ON `flow_outs` (`left_on`,`returned_on`);--> statement-breakpoint
CREATE TABLE `honor_medals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`member_id` integer NOT NULL,
	`year` integer NOT NULL,
	`presented_on` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `honor_medals_member_uq` ON `honor_medals` (`member_id`);--> statement-breakpoint
CREATE INDEX `honor_medals_year_idx` ON `honor_medals` (`year`);--> statement-breakpoint
CREATE TABLE `lost_contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`member_id` integer NOT NULL,
	`lost_on` text NOT NULL,
	`search_made` text,
	`found_on` text,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "lost_contacts_span_ck" CHECK(found_on IS NULL OR found_on >= lost_on)
);
--> statement-breakpoint
CREATE INDEX `lost_contacts_member_idx` ON `lost_contacts` (`member_id`,`lost_on`);--> statement-breakpoint
CREATE UNIQUE INDEX `lost_contacts_open_uq` ON `lost_contacts` (`member_id`) WHERE found_on IS NULL;--> statement-breakpoint
CREATE TABLE `meeting_guests` (
	`meeting_id` integer NOT NULL,
	`flow_in_id` integer NOT NULL,
	PRIMARY KEY(`meeting_id`, `flow_in_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`flow_in_id`) REFERENCES `flow_ins`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `meeting_guests_flow_in_idx` ON `meeting_guests` (`flow_in_id`);--> statement-breakpoint
-- Hand-added: a closed year's visits and 纪念章 never change (docs/points.md, year closing).
CREATE TRIGGER `care_visits_closed_insert` BEFORE INSERT ON `care_visits` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(NEW.visited_on, 1, 4) AS INTEGER)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `care_visits_closed_update` BEFORE UPDATE ON `care_visits` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(OLD.visited_on, 1, 4) AS INTEGER)) OR EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(NEW.visited_on, 1, 4) AS INTEGER)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `care_visits_closed_delete` BEFORE DELETE ON `care_visits` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(OLD.visited_on, 1, 4) AS INTEGER)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `honor_medals_closed_insert` BEFORE INSERT ON `honor_medals` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = NEW.year) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `honor_medals_closed_update` BEFORE UPDATE ON `honor_medals` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = OLD.year) OR EXISTS (SELECT 1 FROM closed_years WHERE year = NEW.year) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `honor_medals_closed_delete` BEFORE DELETE ON `honor_medals` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = OLD.year) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `meeting_guests_closed_insert` BEFORE INSERT ON `meeting_guests` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = (SELECT CAST(substr(held_on, 1, 4) AS INTEGER) FROM meetings WHERE id = NEW.meeting_id)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `meeting_guests_closed_update` BEFORE UPDATE ON `meeting_guests` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = (SELECT CAST(substr(held_on, 1, 4) AS INTEGER) FROM meetings WHERE id = OLD.meeting_id)) OR EXISTS (SELECT 1 FROM closed_years WHERE year = (SELECT CAST(substr(held_on, 1, 4) AS INTEGER) FROM meetings WHERE id = NEW.meeting_id)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `meeting_guests_closed_delete` BEFORE DELETE ON `meeting_guests` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = (SELECT CAST(substr(held_on, 1, 4) AS INTEGER) FROM meetings WHERE id = OLD.meeting_id)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
-- What earlier versions kept as flags on the member row becomes a record, so nothing typed is
-- lost. The day a flag was set was never stored: the record is dated the day the member was
-- entered into the ledger (never before 入党), and its note says so.
INSERT INTO `flow_outs` (`member_id`, `left_on`, `place`, `note`, `created_at`, `updated_at`)
SELECT `id`, max(`joined_on`, date(`created_at`, 'localtime')), trim(`flow_destination`),
       '由旧版“流动去向”转入；外出日期按该党员录入台账的日期填写，请核对', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM `members` WHERE `flow_destination` IS NOT NULL AND trim(`flow_destination`) <> '';
--> statement-breakpoint
INSERT INTO `lost_contacts` (`member_id`, `lost_on`, `note`, `created_at`, `updated_at`)
SELECT `id`, `lost_contact_on`, '由旧版“失联日期”转入', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM `members` WHERE `lost_contact_on` IS NOT NULL;
--> statement-breakpoint
INSERT INTO `center_households` (`member_id`, `building`, `households`, `from_on`, `to_on`, `note`, `created_at`, `updated_at`)
SELECT `id`, coalesce(nullif(trim(`building`), ''), '未填写'), 0, max(`joined_on`, date(`created_at`, 'localtime')),
       CASE WHEN `left_on` IS NOT NULL AND `left_on` >= max(`joined_on`, date(`created_at`, 'localtime')) THEN `left_on` END,
       '由旧版“党员中心户”转入；楼栋、联系户数和设立日期请核对', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM `members` WHERE `is_center_household` = 1;
