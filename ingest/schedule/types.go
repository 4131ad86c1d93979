package schedule

// Schedule is an official conference schedule after parsing, whatever its
// source format (Pentabarf/frab XML, frab JSON, pretalx JSON).
type Schedule struct {
	Source     string // path or URL it was read from
	Format     string // "pentabarf-xml", "frab-json", "pretalx-json"
	Conference Conference
	Talks      []Talk
	Tracks     []Track // every track of the edition, in schedule order (added)
}

// Track is a track or devroom of an edition (added beside the original types).
type Track struct {
	Name string // as given: "Real Time Communications"
	Slug string // the schedule's slug, or derived (FOSDEM: "real_time_communications")
	URL  string // official page if known (FOSDEM: https://fosdem.org/YEAR/schedule/track/SLUG/)
}

// Conference is the edition a schedule describes.
type Conference struct {
	Title   string // as given: "FOSDEM 2019"
	Series  string // series name without the year: "FOSDEM"
	Year    string // "2019"
	Acronym string // as given, e.g. "fosdem2019", "camp2019"
	City    string // "Brussels" (may be "")
	Venue   string // "ULB (Université Libre de Bruxelles)" (may be "")
	Start   string // YYYY-MM-DD (may be "")
	End     string // YYYY-MM-DD (may be "")
	URL     string // official site of the edition, e.g. "https://fosdem.org/2019/"
}

// Talk is one scheduled event (talk, lightning talk, workshop).
type Talk struct {
	ID       string // schedule's numeric or GUID id
	Slug     string // URL slug, e.g. "python_ast" (the last path segment of its page)
	Title    string
	Subtitle string
	Track    string // track or devroom name, e.g. "Python"
	Room     string
	Date     string // YYYY-MM-DD
	Start    string // HH:MM
	Duration string // HH:MM
	DateTime string // full start as the schedule gives it ("2025-02-01T10:35:00+01:00"), may be "" (added)
	Type     string // "devroom", "maintrack", "lightningtalk", …
	Language string
	Abstract string // plain text (markup removed)
	URL      string // official page, e.g. "https://fosdem.org/2019/schedule/event/python_ast/"
	Persons  []Person
}

// Person is a speaker as the schedule names them.
type Person struct {
	ID   string
	Name string
	Slug string // speaker page slug, e.g. "marcin_sobczyk" (may be derived from Name)
	URL  string // speaker page if the schedule has one (FOSDEM: https://fosdem.org/YEAR/schedule/speaker/SLUG/)
}
