// Speakers of FOSDEM 2020: from the edition to its tracks, their talks, and the talks' performers.
// Single-node hops keep this fast on Bolt; `talkgraph speakers "FOSDEM 2020"` does the same.
g.V("<https://w3id.org/talkgraph/id/event/fosdem-2020>")
  .In("<schema:superEvent>")
  .In("<schema:superEvent>")
  .Out("<schema:performer>")
  .Out("<schema:name>")
  .Unique()
  .All()
