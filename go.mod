module github.com/talkgraph/talkgraph

go 1.26.8

require (
	github.com/BurntSushi/toml v1.4.0
	github.com/boltdb/bolt v1.3.1
	github.com/cayleygraph/cayley v0.7.7
	github.com/cayleygraph/quad v1.2.5
	github.com/emicklei/dot v1.6.2
	github.com/goccy/go-graphviz v0.2.9
	github.com/hidal-go/hidalgo v0.0.0-20190814174001-42e03f3b5eaa
	github.com/lib/pq v1.1.1
	github.com/piprate/json-gold v0.3.0
	github.com/rogpeppe/go-internal v1.13.1
	github.com/schollz/progressbar/v3 v3.14.6
	github.com/spf13/cobra v1.8.1
	github.com/yuin/goldmark v1.7.8
	go.etcd.io/bbolt v1.3.11
	golang.org/x/net v0.30.0
	golang.org/x/text v0.19.0
	gopkg.in/yaml.v3 v3.0.1
)

require (
	github.com/dennwc/base v1.0.0 // indirect
	github.com/dennwc/graphql v0.0.0-20180603144102-12cfed44bc5d // indirect
	github.com/dlclark/regexp2 v1.1.4 // indirect
	github.com/dop251/goja v0.0.0-20190105122144-6d5bf35058fa // indirect
	github.com/go-sourcemap/sourcemap v2.1.2+incompatible // indirect
	github.com/gobuffalo/envy v1.7.1 // indirect
	github.com/gobuffalo/logger v1.0.1 // indirect
	github.com/gobuffalo/packd v0.3.0 // indirect
	github.com/gobuffalo/packr/v2 v2.7.1 // indirect
	github.com/gogo/protobuf v1.3.2 // indirect
	github.com/inconshreveable/mousetrap v1.1.0 // indirect
	github.com/joho/godotenv v1.3.0 // indirect
	github.com/konsorten/go-windows-terminal-sequences v1.0.2 // indirect
	github.com/mitchellh/colorstring v0.0.0-20190213212951-d06e56a500db // indirect
	github.com/pquerna/cachecontrol v0.0.0-20180517163645-1555304b9b35 // indirect
	github.com/prometheus/client_golang v0.9.3 // indirect
	github.com/rivo/uniseg v0.4.7 // indirect
	github.com/sirupsen/logrus v1.4.2 // indirect
	github.com/spf13/pflag v1.0.5 // indirect
	github.com/tetratelabs/wazero v1.8.1 // indirect
	github.com/tylertreat/BoomFilters v0.0.0-20181028192813-611b3dbe80e8 // indirect
	golang.org/x/crypto v0.28.0 // indirect
	golang.org/x/mod v0.18.0 // indirect
	golang.org/x/sync v0.8.0 // indirect
	golang.org/x/sys v0.26.0 // indirect
	golang.org/x/term v0.25.0 // indirect
	golang.org/x/tools v0.22.0 // indirect
)

// A fork of v0.2.9 that loads its WebAssembly Graphviz on first use instead
// of at package init, with a per-user compilation cache (third_party/go-graphviz/TALKGRAPH.md).
replace github.com/goccy/go-graphviz => ./third_party/go-graphviz

// A stand-in for the metrics Cayley's Bolt backend declares at package level
// and talkgraph never reads: no registry, expvar or procfs at every command's
// start (third_party/prometheus-client_golang/TALKGRAPH.md).
replace github.com/prometheus/client_golang => ./third_party/prometheus-client_golang

// Forks that compile their package-level regular expressions and build their
// tables (goldmark's case folding, x/net/html's entities) on first use instead
// of at the start of every command (third_party/*/TALKGRAPH.md); the x/net
// fork holds only html, html/atom and context.
replace github.com/piprate/json-gold => ./third_party/json-gold

replace github.com/yuin/goldmark => ./third_party/goldmark

replace golang.org/x/net => ./third_party/x-net
