-- Reserved for another branch of wave 2 (this placeholder keeps the numbering gap-free in the
-- sanctions19 branch; the lead drops it when the real migration 0003 lands).
SELECT 1;
