CREATE TABLE `dues_bands` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`kind` text NOT NULL,
	`up_to_fen` integer,
	`rate_bp` integer,
	`fixed_fen` integer,
	FOREIGN KEY (`year`) REFERENCES `dues_schemes`(`year`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "dues_bands_one_ck" CHECK((rate_bp IS NULL) <> (fixed_fen IS NULL)),
	CONSTRAINT "dues_bands_sign_ck" CHECK(coalesce(rate_bp, 0) >= 0 AND coalesce(fixed_fen, 0) >= 0 AND coalesce(up_to_fen, 0) >= 0)
);
--> statement-breakpoint
CREATE INDEX `dues_bands_year_idx` ON `dues_bands` (`year`,`kind`,`up_to_fen`);--> statement-breakpoint
CREATE TABLE `dues_bases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`member_id` integer NOT NULL,
	`from_month` text NOT NULL,
	`kind` text NOT NULL,
	`base_fen` integer,
	`relief` text,
	`relief_fen` integer,
	`relief_reason` text,
	`relief_approver` text,
	`source` text DEFAULT '录入' NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "dues_bases_money_ck" CHECK(coalesce(base_fen, 0) >= 0 AND coalesce(relief_fen, 0) >= 0)
);
--> statement-breakpoint
CREATE INDEX `dues_bases_member_idx` ON `dues_bases` (`member_id`,`from_month`);--> statement-breakpoint
CREATE UNIQUE INDEX `dues_bases_live_uq` ON `dues_bases` (`member_id`,`from_month`) WHERE voided_at IS NULL;--> statement-breakpoint
CREATE TABLE `dues_handovers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`from_org_id` integer NOT NULL,
	`to_org_id` integer,
	`handed_on` text NOT NULL,
	`period_from` text NOT NULL,
	`period_to` text NOT NULL,
	`amount_fen` integer NOT NULL,
	`receipt_no` text,
	`note` text,
	`reverses_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`from_org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`to_org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`reverses_id`) REFERENCES `dues_handovers`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "dues_handovers_period_ck" CHECK(period_to >= period_from)
);
--> statement-breakpoint
CREATE INDEX `dues_handovers_from_idx` ON `dues_handovers` (`from_org_id`,`period_to`);--> statement-breakpoint
CREATE INDEX `dues_handovers_to_idx` ON `dues_handovers` (`to_org_id`,`period_to`);--> statement-breakpoint
CREATE UNIQUE INDEX `dues_handovers_reverses_uq` ON `dues_handovers` (`reverses_id`);--> statement-breakpoint
CREATE TABLE `dues_payment_months` (
	`payment_id` integer NOT NULL,
	`month` text NOT NULL,
	`member_id` integer NOT NULL,
	`org_id` integer NOT NULL,
	`amount_fen` integer NOT NULL,
	PRIMARY KEY(`payment_id`, `month`),
	FOREIGN KEY (`payment_id`) REFERENCES `dues_payments`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `dues_payment_months_org_idx` ON `dues_payment_months` (`org_id`,`month`,`member_id`,`amount_fen`);--> statement-breakpoint
CREATE INDEX `dues_payment_months_member_idx` ON `dues_payment_months` (`member_id`,`month`,`amount_fen`);--> statement-breakpoint
CREATE TABLE `dues_payments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`member_id` integer NOT NULL,
	`paid_on` text NOT NULL,
	`amount_fen` integer NOT NULL,
	`method` text NOT NULL,
	`collector` text,
	`receipt_no` text,
	`note` text,
	`reverses_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`reverses_id`) REFERENCES `dues_payments`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `dues_payments_member_idx` ON `dues_payments` (`member_id`,`paid_on`);--> statement-breakpoint
CREATE UNIQUE INDEX `dues_payments_reverses_uq` ON `dues_payments` (`reverses_id`);--> statement-breakpoint
CREATE TABLE `dues_schemes` (
	`year` integer PRIMARY KEY NOT NULL,
	`rounding` text DEFAULT '分' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
-- Hand-added: 年度封账 covers dues (docs/points.md, migration 0006): every write touching a closed
-- year is refused here, whatever code path makes it. A payment belongs to the year it was paid in,
-- each month it covers to that month's year, an 上缴 to the year its period ends in.
CREATE TRIGGER `dues_schemes_closed_insert` BEFORE INSERT ON `dues_schemes` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = NEW.year) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `dues_schemes_closed_update` BEFORE UPDATE ON `dues_schemes` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = OLD.year) OR EXISTS (SELECT 1 FROM closed_years WHERE year = NEW.year) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `dues_schemes_closed_delete` BEFORE DELETE ON `dues_schemes` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = OLD.year) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `dues_bands_closed_insert` BEFORE INSERT ON `dues_bands` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = NEW.year) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `dues_bands_closed_update` BEFORE UPDATE ON `dues_bands` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = OLD.year) OR EXISTS (SELECT 1 FROM closed_years WHERE year = NEW.year) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `dues_bands_closed_delete` BEFORE DELETE ON `dues_bands` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = OLD.year) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `dues_bases_closed_insert` BEFORE INSERT ON `dues_bases` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(NEW.from_month, 1, 4) AS INTEGER)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `dues_bases_closed_update` BEFORE UPDATE ON `dues_bases` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(OLD.from_month, 1, 4) AS INTEGER)) OR EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(NEW.from_month, 1, 4) AS INTEGER)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `dues_bases_closed_delete` BEFORE DELETE ON `dues_bases` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(OLD.from_month, 1, 4) AS INTEGER)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `dues_payments_closed_insert` BEFORE INSERT ON `dues_payments` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(NEW.paid_on, 1, 4) AS INTEGER)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `dues_payments_closed_update` BEFORE UPDATE ON `dues_payments` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(OLD.paid_on, 1, 4) AS INTEGER)) OR EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(NEW.paid_on, 1, 4) AS INTEGER)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `dues_payments_closed_delete` BEFORE DELETE ON `dues_payments` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(OLD.paid_on, 1, 4) AS INTEGER)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `dues_payment_months_closed_insert` BEFORE INSERT ON `dues_payment_months` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(NEW.month, 1, 4) AS INTEGER)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `dues_payment_months_closed_update` BEFORE UPDATE ON `dues_payment_months` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(OLD.month, 1, 4) AS INTEGER)) OR EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(NEW.month, 1, 4) AS INTEGER)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `dues_payment_months_closed_delete` BEFORE DELETE ON `dues_payment_months` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(OLD.month, 1, 4) AS INTEGER)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `dues_handovers_closed_insert` BEFORE INSERT ON `dues_handovers` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(NEW.period_to, 1, 4) AS INTEGER)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `dues_handovers_closed_update` BEFORE UPDATE ON `dues_handovers` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(OLD.period_to, 1, 4) AS INTEGER)) OR EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(NEW.period_to, 1, 4) AS INTEGER)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
CREATE TRIGGER `dues_handovers_closed_delete` BEFORE DELETE ON `dues_handovers` WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(substr(OLD.period_to, 1, 4) AS INTEGER)) BEGIN SELECT RAISE(ABORT, 'YEAR_CLOSED'); END;
--> statement-breakpoint
-- Hand-added: payments, their months and 上缴 are append-only (a mistake is reversed by a new row).
CREATE TRIGGER `dues_payments_append_only_update` BEFORE UPDATE ON `dues_payments` BEGIN SELECT RAISE(ABORT, 'APPEND_ONLY'); END;
--> statement-breakpoint
CREATE TRIGGER `dues_payments_append_only_delete` BEFORE DELETE ON `dues_payments` BEGIN SELECT RAISE(ABORT, 'APPEND_ONLY'); END;
--> statement-breakpoint
CREATE TRIGGER `dues_payment_months_append_only_update` BEFORE UPDATE ON `dues_payment_months` BEGIN SELECT RAISE(ABORT, 'APPEND_ONLY'); END;
--> statement-breakpoint
CREATE TRIGGER `dues_payment_months_append_only_delete` BEFORE DELETE ON `dues_payment_months` BEGIN SELECT RAISE(ABORT, 'APPEND_ONLY'); END;
--> statement-breakpoint
CREATE TRIGGER `dues_handovers_append_only_update` BEFORE UPDATE ON `dues_handovers` BEGIN SELECT RAISE(ABORT, 'APPEND_ONLY'); END;
--> statement-breakpoint
CREATE TRIGGER `dues_handovers_append_only_delete` BEFORE DELETE ON `dues_handovers` BEGIN SELECT RAISE(ABORT, 'APPEND_ONLY'); END;
