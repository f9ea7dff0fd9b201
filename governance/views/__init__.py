"""The editors' screens, by subject: versions (the dashboard, a version and its steps,
upload, sections, the board decision), coding (the work list, themes, answers, similar
reflections, syntheses, bulk steps), passages, reports (the analysis and the consultation
report)."""
