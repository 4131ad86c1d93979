// Package source reads talkgraph's inputs: files, directories (walked
// recursively), standard input ("-") and http(s) URLs. It hands each input's
// bytes, or the reason they could not be read, to a callback; it does not
// look at the content (that is ingest/detect's job).
package source
