package extract

import regexp "github.com/talkgraph/talkgraph/ingest/internal/rx" // regexp with a literal prefilter: same matches, less work

// rules holds the compiled regular expressions of the extraction rules.
// New builds them once for its Extractor (nothing is compiled at program
// start); they are read-only afterwards and shared by concurrent Extracts.
type rules struct {
	// reAttendBefore: the author went to the edition.
	reAttendBefore *regexp.Regexp
	reBeforeBy     *regexp.Regexp
	// reCapName reads the capitalised name after a cue's connector.
	reCapName    *regexp.Regexp
	reCloseTrack *regexp.Regexp
	// reEditionCue: words of a sentence that speak of an event.
	reEditionCue *regexp.Regexp
	// reEditionPre: words right before a name that make it a place to go.
	reEditionPre *regexp.Regexp
	reEtAl       *regexp.Regexp
	// names ending in a conference word: "FlaskCon", "CloudStack Summit Lisbon 2018".
	reEventName *regexp.Regexp
	reEventRef  *regexp.Regexp
	reGroupNoun *regexp.Regexp
	// reHeldAfter: the edition is the subject of where and when it was.
	reHeldAfter *regexp.Regexp
	// reHeldIn: "<Event> was held in X", "<Event>, …, took place in X, Y".
	reHeldIn       *regexp.Regexp
	reLabelYear    *regexp.Regexp
	reListBy       *regexp.Regexp
	reWithTalk     *regexp.Regexp
	reTalksPlural  *regexp.Regexp
	reListComma    *regexp.Regexp
	reListSpkFirst *regexp.Regexp
	reListSpkQuote *regexp.Regexp
	reListDash     *regexp.Regexp
	reListNotTitle *regexp.Regexp
	reListParen    *regexp.Regexp
	reNextCue      *regexp.Regexp
	// reNotProduct matches anchors that name a page of a project, not a
	// project: change requests and issues ("PR", "RFC 2504", "#123"), versions
	// ("v0.0.97", "1.2"), file names ("config.json"), paths and API items
	// ("a/b", "Duration::new"), advisories ("CVE-2024-1") and editions
	// ("RustLab 2020").
	reNotProduct *regexp.Regexp
	// reNotThere: the place is named as where the edition did not happen.
	reNotThere  *regexp.Regexp
	reOrgCue    *regexp.Regexp
	reOrgSuffix *regexp.Regexp
	reOrgOf     *regexp.Regexp // "University of Gondor" (terms.go)
	reOrgVerb   *regexp.Regexp
	reParenOrg  *regexp.Regexp
	rePlaceCue  *regexp.Regexp
	// rePlacePair: "in X, " before a country.
	rePlacePair *regexp.Regexp
	// rePossSingle follows a single name: "'s talk", "'s "Title"", "'s WebRTC introduction".
	rePossSingle *regexp.Regexp
	rePossTalk   *regexp.Regexp
	rePostOrg    *regexp.Regexp
	rePostPoss   *regexp.Regexp
	rePostVerb   *regexp.Regexp
	rePreBy      *regexp.Regexp
	// rePreByConj matches text ending in "by <Name>, " or "by <Name> and ":
	// the name that follows is a co-speaker.
	rePreByConj *regexp.Regexp
	rePreFrom   *regexp.Regexp
	rePreVerb   *regexp.Regexp
	reProfileOn *regexp.Regexp
	// rePronTalk finds "His talk", "her keynote", "their presentation".
	rePronTalk *regexp.Regexp
	reQuoteBy  *regexp.Regexp
	reQuoted   *regexp.Regexp
	// reRecapTitle: a title that reports on something.
	reRecapTitle *regexp.Regexp
	// reRelTime: an edition named only to date something else.
	reRelTime *regexp.Regexp
	// reRoleBefore precedes a single given name: "group leader Johan".
	reRoleBefore *regexp.Regexp
	reRoleOrg    *regexp.Regexp
	// reSaid follows a single given name that speaks or acts in the text.
	reSaid          *regexp.Regexp
	reSchedulePath  *regexp.Regexp
	reSponsBy       *regexp.Regexp
	reSponsor       *regexp.Regexp
	reSubjLead      *regexp.Regexp
	reTalkCueBefore *regexp.Regexp
	// reTalkNoun finds the nouns of a talk (not "talked", "session").
	reTalkNoun       *regexp.Regexp
	reTalkNounBefore *regexp.Regexp
	reTalkWord       *regexp.Regexp
	// words that make the text before "by" a sentence, not a title
	reTalkWords *regexp.Regexp
	// reFirstPersonTalk: the author presenting what follows ("I am presenting", "I'll speak about").
	reFirstPersonTalk *regexp.Regexp
	reTalksAbout      *regexp.Regexp
	reTeamLike        *regexp.Regexp
	// "to Svelte Lisbon": a technology named after a city.
	reTechCity  *regexp.Regexp
	reTheTalk   *regexp.Regexp
	reTitleGoes *regexp.Regexp
	// reTitleIn: "<Event> in X" in a title.
	reTitleIn *regexp.Regexp
	// reTitleIntro: "Introducing X", "Developing X", "X goes …".
	reTitleIntro *regexp.Regexp
	// reTitleLead: a name of one to three words, then ": ", " - ", " – ",
	// " — " or ", the ".
	reTitleLead *regexp.Regexp
	reTitleNear *regexp.Regexp
	// reTitleParen splits "Title (Track Name)".
	reTitleParen *regexp.Regexp
	reTrack      *regexp.Regexp
	// reTrackIntro: a sentence that introduces a list of tracks.
	reTrackIntro *regexp.Regexp
	reTrackSuf   *regexp.Regexp
	reTrailLoc   *regexp.Regexp
	// reVerbTalk: words before "talk" that make it a verb.
	reVerbTalk *regexp.Regexp
	reYearHost *regexp.Regexp
	reYearPath *regexp.Regexp
}

// newRules compiles the rules' patterns.
func newRules() *rules {
	return &rules{
		reAttendBefore:    regexp.MustCompile(`(?i)(?:\b(?:i|we)[ \t]+(?:\p{Ll}+[ \t]+)?(?:attended|visited|went[ \t]+to|was[ \t]+at|were[ \t]+at|spoke[ \t]+at|presented[ \t]+at)|\b(?:my|our)[ \t]+(?:\p{Ll}+[ \t]+)?(?:first|second|third|\d+(?:st|nd|rd|th))[ \t]+(?:time|visit)[ \t]+(?:at|to))[ \t]+(?:the[ \t]+)?(?:\d{4}[ \t]+(?:edition[ \t]+of[ \t]+)?)?$`),
		reBeforeBy:        regexp.MustCompile(`(?i)[ \t]+(?:was[ \t]+\p{L}+[ \t]+|were[ \t]+\p{L}+[ \t]+)?by[ \t]+(?:the[ \t]+[\p{Ll}-]+[ \t]+)?$`),
		reCapName:         regexp.MustCompile(`^(?:the[ \t]+)?(\p{Lu}[\p{L}\d.&'’-]*(?:[ \t]+\p{Lu}[\p{L}\d.&-]*){0,2})`),
		reCloseTrack:      regexp.MustCompile(`(?i)\bafter\s+(?:my|the|our|this|that)?\s*$`),
		reEditionCue:      regexp.MustCompile(`(?i)\b(?:held|took[ \t]+place|takes?[ \t]+place|attend(?:ed|ing)?|conferences?|keynotes?|sprints?|talks?|devrooms?|speakers?|venue|my[ \t]+first[ \t]+time|(?:went|go(?:ing)?|trip|travell?(?:ed|ing)?|back)[ \t]+to|was[ \t]+in)\b`),
		reEditionPre:      regexp.MustCompile(`(?i)\b(?:at|attend|attended|attending|visited|to)[ \t]+(?:the[ \t]+)?$`),
		reEtAl:            regexp.MustCompile(`^[ \t]+et\.?[ \t]+al\b`),
		reEventName:       regexp.MustCompile(`\b((?:\p{Lu}[\p{L}\d.+-]*[ \t]+){0,3}(?:\p{Lu}[\p{L}\d.+-]*?\p{Ll}(?:Con|Conf|Camp|Fest|Days|Summit)|(?:Summit|Days|Conference|Conf|Con|Camp|Fest|Forum|Symposium|Expo|Hackathon|Meetup|Sprint)))\b(?:[ \t]+(\p{Lu}[\p{L}]+))?(?:[ \t]?['’]?(\d{4}|'\d{2})\b)?`),
		reEventRef:        regexp.MustCompile(`(?i)\b(?:event|conference|edition|gathering|summit|festival|held|took[ \t]+place|takes[ \t]+place|venue)\b`),
		reGroupNoun:       regexp.MustCompile(`^[ \t]+(?:community|communities|world|ecosystem|space|scene|side|people|folks|team|users|developers|hackers|fans)\b`),
		reHeldAfter:       regexp.MustCompile(`(?i)^[ \t]*(?:,[^,.\n]{0,60},[ \t]*)?(?:was|were|is|has[ \t]+been|will[ \t]+be)?[ \t]*(?:held|took[ \t]+place|takes[ \t]+place|happened|was[ \t]+hosted|hosted)\b`),
		reHeldIn:          regexp.MustCompile(`^[ \t]*(?:,[^,.\n]{0,60},[ \t]*)?(?:was|were|is|will[ \t]+be|has[ \t]+been)?[ \t]*(?:held|took[ \t]+place|takes[ \t]+place|happened|hosted)[ \t]+(?:[^.\n]{0,40}?[ \t])?(?:in|at)[ \t]+(?:the[ \t]+)?(` + placeRun + `)(?:,[ \t]+(` + placeRun + `))?`),
		reLabelYear:       regexp.MustCompile(`^([a-z][a-z0-9-]*?)-?(19\d\d|20\d\d)\.[a-z.]+$`),
		reWithTalk:        regexp.MustCompile(`^[ \t]+with[ \t]+(?:a|an|her|his|their)[ \t]+(?:\p{Ll}+[ \t]+){0,2}?(?:talk|keynote|presentation|session|workshop|lightning[ \t]+talk|tutorial)(?:[ \t]+(?:on|about)[ \t]+())?`),
		reTalksPlural:     regexp.MustCompile(`\b(?:talks|sessions|presentations|keynotes|lectures|workshops)\b`),
		reListComma:       regexp.MustCompile(`^(.{3,120}?),\s+` + listName + `\s*(?:$|\(|,\s|\s(?:from|of|at|@)\s)`),
		reListSpkFirst:    regexp.MustCompile(`^` + listName + `\s*(?::|\s[—–-])\s+(.{3,120})$`),
		reListSpkQuote:    regexp.MustCompile(`^` + listName + `,?\s+["“](.{3,120}?)["”]\s*(?:$|[:–—,;.(]|\s-\s)`),
		reListBy:          regexp.MustCompile(`^(.{3,120}?)\s+by\s+` + listName + `\s*(?:$|[:–—,;.(]|\s-\s)`),
		reListDash:        regexp.MustCompile(`^(.{3,120}?)\s+[—–-]\s+` + listName + `\s*(?:$|:\s|,\s|\(|(?:and|&)\s)`),
		reListNotTitle:    regexp.MustCompile(`(?i)(?:^|\s)(?:i|we|he|she|they|it|there|was|were|is|are|been|given|presented|delivered|held|written|organi[sz]ed|sponsored|hosted|led|made|created|maintained|developed|built|run|followed|opened|closed|introduced|explained|shown|mentored|authored|reviewed|fixed|merged|contributed|reported|funded)(?:\s|$)`),
		reListParen:       regexp.MustCompile(`^(.{3,120}?)\s+\(` + listName + `\)\s*(?:$|[:–—,;.]|\s-\s)`),
		reNextCue:         regexp.MustCompile(`(?i)\bnext\b`),
		reNotProduct:      regexp.MustCompile(`(?i)^(?:(?:pre-)?rfcs?|prs?|pull[ -]requests?|issues?|commits?|patch(?:es)?|bugs?|tickets?|changelog|release notes?|releases?|tags?|milestones?)\b|^#?\d|^v\d|\.(?:json|toml|ya?ml|md|txt|html?|lock|cfg|ini|xml|sh)$|::|/|\(\)$|^cve-\d|\b(?:19|20)\d\d$`),
		reNotThere:        regexp.MustCompile(`(?i)\b(?:instead[ \t]+of|rather[ \t]+than|not[ \t]+in|online|virtual(?:ly)?|remote(?:ly)?|away[ \t]+from|outside[ \t]+of)\b`),
		reOrgCue:          regexp.MustCompile(`\b(?i:people|person|developers?|engineers?|folks|team|someone|speakers?|members?|colleagues?|researchers?|guys|representatives?)[ \t]+(?:from|at)[ \t]+(?:the[ \t]+)?([\p{Lu}\d][\p{L}\d.&'’-]*(?:[ \t]+\p{Lu}[\p{L}\d.&-]*){0,3})`),
		reOrgSuffix:       regexp.MustCompile(`\b((?:\p{Lu}[\p{L}\d&.-]*[ \t]+){1,4}(?:Foundation|Consortium|Alliance|Association|Society|Institute|University|Council|Committee|Initiative|Inc\.?|Ltd\.?|GmbH|Corporation|Labs)(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}-]+(?:[ \t]+\p{Lu}[\p{L}-]+)?)?)\b`),
		reOrgOf:           regexp.MustCompile(`\b((?:\p{Lu}[\p{L}-]+[ \t]+){0,2}(?:University|Institute|Ministry|College|Academy)[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}-]+(?:[ \t]+(?:and[ \t]+)?\p{Lu}[\p{L}-]+){0,3})`),
		reOrgVerb:         regexp.MustCompile(`^(?:['’]s[ \t]+(?:engineers?|developers?|employees?|team|staff|folks|people|booth|offices?|ceo|cto|founders?)\b|[ \t]+(?:open[ \t-]sourced|announced|acquired|hired|sponsored|sponsors|funds|funded|employs|launched|uses|is[ \t]+using|was[ \t]+giving|gave[ \t]+away|offers|released)\b)`),
		reParenOrg:        regexp.MustCompile(`^[ \t]*\((?:@)?(\p{Lu}[\p{L}\d.&'’-]*(?:[ \t]+\p{Lu}[\p{L}\d.&-]*){0,2})\)`),
		rePlaceCue:        regexp.MustCompile(`(?i)\b(?:in|at|of|(?:travel\w*|flight|flew|fly|flying|arriv\w*|trip|journey|went|way|drove|headed)[ \t]+to)[ \t]+(?:the[ \t]+)?(?:\p{Ll}+[ \t]+)?$`),
		rePlacePair:       regexp.MustCompile(`\b(?:in|at)[ \t]+(` + placeRun + `),[ \t]+$`),
		rePossSingle:      regexp.MustCompile(`^['’]s[ \t]+(?:["“'‘]|(?:[\p{L}\d.+#-]+[ \t]+){0,2}(?:talk|presentation|keynote|session|workshop|introduction|lightning talk|demo|slides|tutorial)\b)`),
		rePossTalk:        regexp.MustCompile(`(?i)^(.+?)['’]s[ \t]+(?:presentation|talk|keynote|session)$`),
		rePostOrg:         regexp.MustCompile(`^[ \t]+(?:from|at|of)[ \t]+(?:the[ \t]+)?([\p{Lu}\d][\p{L}\d.&'’-]*(?:[ \t]+\p{Lu}[\p{L}\d.&-]*){0,3})`),
		rePostPoss:        regexp.MustCompile(`^['’]s[ \t]+(?:\p{Ll}+[ \t]+)?(?:talk|presentation|keynote|session|workshop|introduction|lightning talk|tutorial|overview|demo|deep[ \t]+dive)\b|^['’]s[ \t]+["“]`),
		rePostVerb:        regexp.MustCompile(`^(?:[ \t]*\([^)]{0,120}\))?(?:[ \t]+(?:from|of|at)[ \t]+[\p{L}\d][\p{L}\d.&'’-]*(?:[ \t]+\p{Lu}[\p{L}\d.&-]*){0,3})?(?:,[ \t]+[^,]{1,60},)?[ \t]+(?:also[ \t]+|then[ \t]+)?(?:talked|talks|spoke|speaks|presented|presents|introduced|introduces|explained|explains|showed|shows|demonstrated|demoed|gave|gives|delivered|described|discussed|covered|made[ \t]+an?|went[ \t]+through|walked[ \t]+(?:us[ \t]+)?through|argued|announced|is[ \t]+presenting|was[ \t]+presenting|will[ \t]+present|opened[ \t]+(?:the[ \t]+\p{Ll}+[ \t]+)?with|kicked[ \t]+off[ \t]+(?:the[ \t]+\p{Ll}+[ \t]+)?with|closed[ \t]+(?:the[ \t]+\p{Ll}+[ \t]+)?with|about|on[ \t]+how)\b`),
		rePreBy:           regexp.MustCompile(`(?i)\bby[ \t]+(?:the[ \t]+[\p{Ll}-]+[ \t]+)?$`),
		rePreByConj:       regexp.MustCompileForward(`\bby\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?:,\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})*\s*(?:,|,?\s+and|&)\s+$`),
		rePreFrom:         regexp.MustCompile(`(?i)\b(?:was|talk|keynote|presentation|(?:talk|keynote|presentation|session)[ \t]+(?:came|comes))[ \t]+from[ \t]+$`),
		rePreVerb:         regexp.MustCompile(`(?i)\b(?:given|presented|delivered|held|explained|introduced|shown|demoed|demonstrated|led|talk|talks|keynote|presentation|session|workshop|was|were)[ \t]+(?:[\p{L}]+[ \t]+)?by[ \t]+(?:the[ \t]+[\p{Ll}-]+[ \t]+)?$`),
		reProfileOn:       regexp.MustCompile(`^(` + nameTok + `(?:[ \t]+` + nameTok + `){0,3})[ \t]+(?:on|at|@)[ \t]+(?:Twitter|GitHub|Github|GitLab|Mastodon|LinkedIn|X|Bluesky)\b`),
		rePronTalk:        regexp.MustCompile(`(?i)\b(?:his|her|their)[ \t]+(?:\p{Ll}+[ \t]+)?(?:talk|presentation|keynote|session|workshop)\b`),
		reQuoteBy:         regexp.MustCompile(`^[ \t]*(?:talk[ \t]+|presentation[ \t]+|keynote[ \t]+|,[ \t]*(?:presented|given|delivered)[ \t]+)?by[ \t]`),
		reQuoted:          regexp.MustCompile(`[“"]([^”"\n]{3,160})[”"]`),
		reRecapTitle:      regexp.MustCompile(`(?i)\b(?:notes?|recap|report|review|impressions|trip|summary|thoughts|highlights|takeaways|lessons|retrospective|wrap-?up|round-?up|write-?up|at|from|visiting|attending)\b`),
		reRelTime:         regexp.MustCompile(`(?i)\b(?:after|before|following|ahead[ \t]+of|preceding|alongside|right[ \t]+after)[ \t]+(?:the[ \t]+)?$`),
		reRoleBefore:      regexp.MustCompile(`(?i)\b(?:leader|maintainer|organi[sz]er|founder|co-founder|author|creator|developer|engineer|ceo|cto|speaker|colleague|friend|host|chair|presenter|contributor)[ \t]+$`),
		reRoleOrg:         regexp.MustCompile(`(?i)^[ \t]*\((?:the[ \t]+)?(?:[\p{L}-]+[ \t]+){0,2}(?:president|ceo|cto|founder|co-founder|director|head|lead|maintainer|creator|chair|member|engineer|developer|evangelist|advocate|manager|architect|researcher|professor)[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?([^)]{2,60})\)`),
		reSaid:            regexp.MustCompile(`^[ \t]+(?:also[ \t]+|then[ \t]+)?(?:said|says|told|tells|advised|advises|mentioned|mentions|shared|shares|noted|notes|pointed[ \t]+out|reminded|asked|answered|replied|suggested|recommended|warned|joked|wrote|writes|made[ \t]+an?|gave|presented|talked|spoke|explained|showed|demoed|introduced)\b`),
		reSchedulePath:    regexp.MustCompile(`^/(?:(19\d\d|20\d\d)/)?schedule/(event|speaker|track)/([^/?#]+)`),
		reSponsBy:         regexp.MustCompile(`\b(?i:sponsored)[ \t]+by[ \t]+(?:the[ \t]+)?([\p{Lu}\d][\p{L}\d.&'’-]*(?:[ \t]+\p{Lu}[\p{L}\d.&-]*){0,3})`),
		reSponsor:         regexp.MustCompile(`\b(\p{Lu}[\p{L}\d.&-]*(?:[ \t]+\p{Lu}[\p{L}\d.&-]*){0,3})[ \t]+(?:was|were|is|are)[ \t]+(?:\p{Ll}+[ \t]+){0,3}(?:to[ \t]+)?sponsor(?:s|ing)?\b`),
		reSubjLead:        regexp.MustCompile(`(?i)^(?:[ \t,]|\b(?:was|were|is|a|an|the|very|really|excellent|splendid|great|nice|short|quick|brief|good|interesting|awesome|talk|introduction|explanation|presentation|overview|demo|about|on|to|of|us|me|at)\b)+`),
		reTalkCueBefore:   regexp.MustCompile(`(?i)\b(?:talks?|keynotes?|presentations?|sessions?|workshops?|tutorials?|presented|delivered)` + cueGap + `$`),
		reFirstPersonTalk: regexp.MustCompile(`(?i)\b(?:I|we)(?:['’]ll|['’]m|['’]re|[ \t\n]+am|[ \t\n]+are|[ \t\n]+was|[ \t\n]+will)?(?:[ \t\n]+be)?[ \t\n]+(?:presenting|presented|present|giving|gave|(?:speak|speaking|spoke|talk|talking|talked)[ \t\n]+(?:about|on))[ \t\n]+(?:my[ \t\n]+talk[ \t\n]+)?$`),
		reTalkNoun:        regexp.MustCompile(`(?i)\b(?:talk|talks|presentation|presentations|keynote|keynotes|lecture|lectures|workshop|workshops)\b`),
		reTalkNounBefore:  regexp.MustCompile(`(?i)\b(?:talks?|keynotes?|presentations?|sessions?|workshops?|tutorials?)` + cueGap + `$`),
		reTalkWord:        regexp.MustCompile(`(?i)\b(?:talks?|presentations?|keynotes?|sessions?|lightning|workshops?|lectures?|speech|speakers?|introduction|explanation|demo|tutorial)\b`),
		reTalkWords:       regexp.MustCompile(`\b(?:talks?|sessions?|keynotes?|presentations?|devrooms?|tracks?|speakers?|lightning)\b`),
		reTalksAbout:      regexp.MustCompile(`(?i)\b(talks?|presentations?|sessions?|keynotes?)[ \t]+(?:about|on)[ \t]+`),
		reTeamLike:        regexp.MustCompile(`(?i)\b(?:team|teams|project|group|foundation|community|inc|ltd|gmbh|working group|wg|committee|council|board|core|contributors|maintainers|members|membership|staff|leadership|directors|crew)\b`),
		reTechCity:        regexp.MustCompile(`(?i)\b(?:to|at|attend|attending|attended|visit|visiting|visited)[ \t]+$`),
		reTheTalk:         regexp.MustCompile(`(?i)\bthe[ \t]+talk[ \t]+((?:[\p{L}\d'’:,&-]+[ \t]+){1,12}?)(?:showed|shows|was|is|explained|presented|covered|introduced|described|demonstrated|gave|taught|by)\b`),
		reTitleGoes:       regexp.MustCompile(`^([\p{Lu}][\p{L}\d.+#_-]*(?:[ \t]+\p{Lu}[\p{L}\d.+#_-]*){0,1})[ \t]+goes[ \t]`),
		reTitleIn:         regexp.MustCompile(`^[ \t]+in[ \t]+(` + placeRun + `)(?:,[ \t]+(` + placeRun + `))?`),
		reTitleIntro:      regexp.MustCompile(`^(?:Introducing|Developing|Building|Announcing|Meet|Inside|Hacking[ \t]+on)[ \t]+([\p{L}\d][\p{L}\d.+#_-]*(?:[ \t]+\p{Lu}[\p{L}\d.+#_-]*){0,2})\b`),
		reTitleLead:       regexp.MustCompile(`^([\p{L}\d][\p{L}\d.+#_'’-]*(?:[ \t]+[\p{Lu}\d][\p{L}\d.+#_'’-]*){0,2})(?:[ \t]*:[ \t]+|[ \t]+[-–—][ \t]+|,[ \t]+the[ \t]+)`),
		reTitleNear:       regexp.MustCompile(`(?i)\b(?:talks?|presentations?|keynotes?|sessions?|workshops?|lightning talks?)\b`),
		reTitleParen:      regexp.MustCompile(`^(.{3,}?)\s*\(([^()]{2,60})\)$`),
		reTrack:           regexp.MustCompile(`((?:\p{Lu}[\p{L}\d+#./-]*|and|&|of|for)(?:[ \t]+(?:\p{Lu}[\p{L}\d+#./-]*|and|&|of|for)){0,5})[ \t]+(?:[Dd]ev[ -]?[Rr]ooms?|[Dd]evrooms?|[Tt]rack|[Mm]ini-?conf(?:erence)?s?)\b`),
		reTrackIntro:      regexp.MustCompile(`(?i)\b(?:tracks|devrooms|dev rooms|rooms)\b`),
		reTrackSuf:        regexp.MustCompile(`(?i)[ \t]*(?:dev[ -]?rooms?|devrooms?|tracks?|rooms?)[ \t]*$`),
		reTrailLoc:        regexp.MustCompile(`(?i)[ \t]+(?:in|at|during|on)[ \t]+(?:the[ \t]+|this[ \t]+|that[ \t]+|our[ \t]+)?(?:[\p{L}\d+#./&-]+[ \t]+){0,5}?(?:dev[ -]?rooms?|devrooms?|tracks?|rooms?|main[ \t]+stage|stage|hall|auditorium|conference|summit|(?:\p{Lu}[\p{L}\d]*[ \t]+)?(?:19|20)\d\d)[.!]?$`),
		reVerbTalk:        regexp.MustCompile(`(?i)\b(?:to|will|would|can|could|should|let's|lets|we|i|they|you|'d|'ll)[ \t]+$`),
		reYearHost:        regexp.MustCompile(`^([a-z]{0,6}?)(19\d\d|20\d\d)\.([a-z0-9-]+)\.[a-z.]+$`),
		reYearPath:        regexp.MustCompile(`^/(19\d\d|20\d\d)/?$`),
	}
}
