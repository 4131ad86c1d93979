package extract

import (
	"strings"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// Talk tables: a write-up may list its talks as a table whose header names
// a title column and a speaker column,
//
//	| Talk                | Speaker          |
//	| Parsing logs        | Jane Roe         |
//	| Widgets at scale    | Marc Roe, Ann Bo |
//
// which the parser gives as lines of cells joined by " | ". Each row below
// such a header is a talk titled by its title cell and given by the
// persons of its speaker cell.

// tableCellSep joins the cells of a table row in the text.
const tableCellSep = " | "

// tableTitleHeads and tableSpeakerHeads are the header cells of a talk
// table's title and speaker columns.
var (
	tableTitleHeads   = wordSet("talk", "talks", "title", "talk title", "session", "sessions", "presentation", "topic", "keynote", "subject")
	tableSpeakerHeads = wordSet("speaker", "speakers", "presenter", "presenters", "speaker(s)", "who", "by", "author", "authors", "name", "speaker name")
)

// cellSpan is one cell of a table row: its trimmed bounds in the line.
type cellSpan struct{ s, e int }

// tableCells splits a row line into its cells, or nil when the line is no
// table row (no cell separator).
func tableCells(line string) []cellSpan {
	if !strings.Contains(line, tableCellSep) {
		return nil
	}
	var out []cellSpan
	for s := 0; ; {
		e := strings.Index(line[s:], tableCellSep)
		if e < 0 {
			e = len(line)
		} else {
			e += s
		}
		cs, ce := s, e
		for cs < ce && (line[cs] == ' ' || line[cs] == '\t' || line[cs] == '|') {
			cs++
		}
		for ce > cs && (line[ce-1] == ' ' || line[ce-1] == '\t' || line[ce-1] == '|') {
			ce--
		}
		out = append(out, cellSpan{cs, ce})
		if e == len(line) {
			return out
		}
		s = e + len(tableCellSep)
	}
}

// tableHeader returns the title and speaker columns of a talk table's
// header row, or ok false.
func tableHeader(line string, cells []cellSpan) (title, speaker int, ok bool) {
	title, speaker = -1, -1
	for k, c := range cells {
		h := strings.ToLower(strings.Trim(line[c.s:c.e], " *_:"))
		switch {
		case title < 0 && tableTitleHeads[h]:
			title = k
		case speaker < 0 && tableSpeakerHeads[h]:
			speaker = k
		}
	}
	return title, speaker, title >= 0 && speaker >= 0
}

// tableTalks finds the talks of talk tables (see above) and returns the
// starts of the rows it read. It runs with listTalks, in a write-up of an
// edition that speaks of talks.
func (b *builder) tableTalks() map[int]bool {
	text := b.text
	if !strings.Contains(text, tableCellSep) {
		return nil
	}
	rows := map[int]bool{}
	tcol, scol, ncells := -1, -1, 0
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := text[start:end]
		cells := tableCells(line)
		switch {
		case strings.Trim(line, "|-: \t") == "" && strings.Contains(line, "-|"):
			// the rule under a header of a table left as plain text
		case cells == nil:
			tcol = -1 // the table ended
		case tcol < 0:
			if t, s, ok := tableHeader(line, cells); ok {
				tcol, scol, ncells = t, s, len(cells)
			}
		case len(cells) != ncells:
			tcol = -1
		default:
			rows[start] = true
			b.tableTalkRow(start, line, cells[tcol], cells[scol])
		}
		start = end + 1
	}
	return rows
}

// tableTalkRow makes the talk of one row: its title cell tc and speaker
// cell sc of the line at ls.
func (b *builder) tableTalkRow(ls int, line string, tc, sc cellSpan) {
	ts, te := trimTitleSpan(line, tc.s, tc.e)
	if te-ts < 3 || sc.e <= sc.s {
		return
	}
	title := line[ts:te]
	words := strings.Fields(title)
	if len(words) > 14 || strings.Trim(title, "-: ") == "" || b.re.reListNotTitle.MatchString(title) {
		return
	}
	if b.mentionOverlaps(ls+ts, ls+te, vocab.Talk) || b.talkLinkIn(ls+ts, ls+te) {
		return // a linked talk, known with its schedule's speakers
	}
	var ps []int
	for _, n := range splitSpeakerCell(line, sc) {
		if p := b.listSpeaker(ls+n.s, ls+n.e, true); p >= 0 {
			ps = append(ps, p)
		}
	}
	if len(ps) == 0 {
		return
	}
	t := b.talkTitled(title, ls+ts, ls+te, "talk:table-title")
	for _, p := range ps {
		b.rel(Performer, t, p, ls, ls+len(line), "performer:table-speaker", 0.8)
		b.talkOf[p] = t
	}
	b.placeTalk(t, ls)
}

// splitSpeakerCell splits a speaker cell into its names ("Jane Roe, Marc
// Roe & Ann Bo").
func splitSpeakerCell(line string, c cellSpan) []cellSpan {
	var out []cellSpan
	cell := line[c.s:c.e]
	s := 0
	add := func(e int) {
		ns, ne := s, e
		for ns < ne && strings.ContainsRune(" \t,&", rune(cell[ns])) {
			ns++
		}
		for ne > ns && strings.ContainsRune(" \t,&.", rune(cell[ne-1])) {
			ne--
		}
		if ne > ns {
			out = append(out, cellSpan{c.s + ns, c.s + ne})
		}
	}
	for i := 0; i < len(cell); i++ {
		switch {
		case cell[i] == ',' || cell[i] == '&' || cell[i] == ';' || cell[i] == '/':
			add(i)
			s = i + 1
		case strings.HasPrefix(cell[i:], " and "):
			add(i)
			s = i + len(" and ")
			i += len(" and ") - 1
		}
	}
	add(len(cell))
	return out
}
