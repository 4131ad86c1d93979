// Projects the posts link, with their repositories.
g.V()
  .Has("<rdf:type>", "<tg:Project>")
  .Tag("project")
  .Out("<schema:codeRepository>").Unique()
  .Tag("repository")
  .All()
