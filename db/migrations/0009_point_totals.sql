CREATE TABLE `point_totals` (
	`year` integer NOT NULL,
	`member_id` integer NOT NULL,
	`base` integer NOT NULL,
	`bonus` integer NOT NULL,
	`deductions` integer NOT NULL,
	`vetoes` integer NOT NULL,
	PRIMARY KEY(`year`, `member_id`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `point_totals` (`year`, `member_id`, `base`, `bonus`, `deductions`, `vetoes`) SELECT e.year, e.member_id, sum(CASE r.category WHEN '基础分' THEN CAST(round(e.points * 1000000) AS INTEGER) ELSE 0 END), sum(CASE WHEN r.category IN ('基础分', '扣分', '一票否决') THEN 0 ELSE CAST(round(e.points * 1000000) AS INTEGER) END), sum(CASE r.category WHEN '扣分' THEN CAST(round(e.points * 1000000) AS INTEGER) ELSE 0 END), sum(CASE WHEN r.category = '一票否决' THEN (CASE WHEN e.reverses_id IS NULL THEN 1 ELSE -1 END) ELSE 0 END) FROM `point_entries` e JOIN `point_rules` r ON r.id = e.rule_id GROUP BY e.year, e.member_id;
