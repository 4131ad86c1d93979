// Package schedule reads official conference schedules (Pentabarf/frab
// schedule.xml, frab and pretalx schedule.json) into a format-independent
// Schedule, turns a Schedule into graph quads (Graph), and keeps a compact
// Index of editions, talks, tracks and speakers that the extraction stage
// uses to resolve what a blog post names against what was on the programme.
// Known returns the Index of every FOSDEM schedule shipped with talkgraph.
package schedule
