// The talks a person gave, with the track they were in. The same fact can be stated by a post and
// by a schedule (two quads, two graphs), so Unique() after each hop drops the repeats.
g.V("<https://w3id.org/talkgraph/id/person/jimmy-angelakos>")
  .In("<schema:performer>").Unique()
  .Tag("talk")
  .Out("<schema:superEvent>").Unique()
  .Has("<rdf:type>", "<tg:Track>")
  .Out("<schema:name>").Unique()
  .Tag("track")
  .Back("talk")
  .Out("<schema:name>").Unique()
  .All()
