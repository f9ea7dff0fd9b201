"""The editors' forms, by subject: versions (steps, sections, decisions, dispositions) and
coding (the work list's filter and bulk actions, themes, answers, groups, syntheses)."""
