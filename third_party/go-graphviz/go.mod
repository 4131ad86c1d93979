module github.com/goccy/go-graphviz

go 1.22.0

require github.com/tetratelabs/wazero v1.8.1
