"""The reflections' pages, by subject: reflections (writing, reading, a reflection's own
page and its author's actions, Mijn reflecties), moderation (the queue, an item, reports),
handled (what moderators decided, reopening, saved reasons)."""
