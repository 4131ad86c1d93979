package prometheus

import "time"

// Labels are a metric's constant labels.
type Labels map[string]string

// Opts describe a counter or a gauge.
type Opts struct {
	Namespace   string
	Subsystem   string
	Name        string
	Help        string
	ConstLabels Labels
}

// CounterOpts describe a counter.
type CounterOpts Opts

// GaugeOpts describe a gauge.
type GaugeOpts Opts

// HistogramOpts describe a histogram.
type HistogramOpts struct {
	Namespace   string
	Subsystem   string
	Name        string
	Help        string
	ConstLabels Labels
	Buckets     []float64
}

// Counter is a metric that only goes up.
type Counter interface {
	Inc()
	Add(float64)
}

// Gauge is a metric that goes up and down.
type Gauge interface {
	Set(float64)
	Inc()
	Dec()
	Add(float64)
	Sub(float64)
}

// Observer takes observations (of a histogram).
type Observer interface {
	Observe(float64)
}

// Histogram counts observations in buckets.
type Histogram interface {
	Observer
}

// discard is every metric of this stand-in: it records nothing.
type discard struct{}

func (discard) Inc()            {}
func (discard) Dec()            {}
func (discard) Add(float64)     {}
func (discard) Sub(float64)     {}
func (discard) Set(float64)     {}
func (discard) Observe(float64) {}

var (
	_ Counter   = discard{}
	_ Gauge     = discard{}
	_ Histogram = discard{}
)

// NewCounter returns a counter that records nothing.
func NewCounter(CounterOpts) Counter { return discard{} }

// NewGauge returns a gauge that records nothing.
func NewGauge(GaugeOpts) Gauge { return discard{} }

// NewHistogram returns a histogram that records nothing.
func NewHistogram(HistogramOpts) Histogram { return discard{} }

// GaugeVec is a family of gauges told apart by label values.
type GaugeVec struct{}

// NewGaugeVec returns a family of gauges that record nothing.
func NewGaugeVec(GaugeOpts, []string) *GaugeVec { return &GaugeVec{} }

// WithLabelValues returns the gauge of these label values.
func (*GaugeVec) WithLabelValues(...string) Gauge { return discard{} }

// HistogramVec is a family of histograms told apart by label values.
type HistogramVec struct{}

// NewHistogramVec returns a family of histograms that record nothing.
func NewHistogramVec(HistogramOpts, []string) *HistogramVec { return &HistogramVec{} }

// WithLabelValues returns the histogram of these label values.
func (*HistogramVec) WithLabelValues(...string) Observer { return discard{} }

// Timer times an operation for an Observer.
type Timer struct {
	begin    time.Time
	observer Observer
}

// NewTimer starts a timer that reports to o.
func NewTimer(o Observer) *Timer { return &Timer{begin: time.Now(), observer: o} }

// ObserveDuration reports the time since NewTimer, in seconds, to the
// timer's Observer and returns it.
func (t *Timer) ObserveDuration() time.Duration {
	d := time.Since(t.begin)
	if t.observer != nil {
		t.observer.Observe(d.Seconds())
	}
	return d
}
