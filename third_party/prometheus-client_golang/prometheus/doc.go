// Package prometheus is talkgraph's stand-in for the part of
// github.com/prometheus/client_golang/prometheus that Cayley's key-value
// backends call: metrics that record nothing, since talkgraph never reads
// them (see TALKGRAPH.md at the module's root).
package prometheus
