// Package promauto is talkgraph's stand-in for
// github.com/prometheus/client_golang/prometheus/promauto: the constructors
// Cayley's key-value backends call, returning metrics that record nothing
// and register nowhere (see TALKGRAPH.md at the module's root).
package promauto

import "github.com/prometheus/client_golang/prometheus"

// NewCounter returns a counter that records nothing.
func NewCounter(o prometheus.CounterOpts) prometheus.Counter { return prometheus.NewCounter(o) }

// NewGauge returns a gauge that records nothing.
func NewGauge(o prometheus.GaugeOpts) prometheus.Gauge { return prometheus.NewGauge(o) }

// NewGaugeVec returns a family of gauges that record nothing.
func NewGaugeVec(o prometheus.GaugeOpts, labels []string) *prometheus.GaugeVec {
	return prometheus.NewGaugeVec(o, labels)
}

// NewHistogram returns a histogram that records nothing.
func NewHistogram(o prometheus.HistogramOpts) prometheus.Histogram {
	return prometheus.NewHistogram(o)
}

// NewHistogramVec returns a family of histograms that record nothing.
func NewHistogramVec(o prometheus.HistogramOpts, labels []string) *prometheus.HistogramVec {
	return prometheus.NewHistogramVec(o, labels)
}
