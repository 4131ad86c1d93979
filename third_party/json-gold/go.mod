module github.com/piprate/json-gold

go 1.21

require github.com/pquerna/cachecontrol v0.0.0-20180517163645-1555304b9b35
