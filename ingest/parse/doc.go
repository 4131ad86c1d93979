// Package parse is the registry of input formats: it detects an input's
// format (ingest/detect) and hands it to that format's parser, returning a
// post (doc.Document) or a schedule (schedule.Schedule). The table of
// formats is data (Formats), from which `talkgraph formats` prints its list.
package parse
