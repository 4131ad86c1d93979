package extract

import "strings"

// The text before a name that ends in "by" ("a talk given by ", "was
// explained by the energetic "): rePreVerb and reBeforeBy read it after
// every name that follows "by", and both are anchored at its end. On ASCII
// text (where their case folding is plain) the functions below read the
// same grammar backwards from the end, word by word; on other text they
// ask the regular expressions. TestPreByScanSame compares them.

// preByWords returns where "by" starts in the two ways pre may end:
// "by[ \t]+" and "by[ \t]+the[ \t]+X[ \t]+" (X of letters and hyphens);
// -1 where pre does not end that way. Both need blanks before "by", or
// with edge only a word boundary (\b).
func preByWords(pre string, edge bool) (plain, the int) {
	plain, the = -1, -1
	j := skipBlanksBack(pre, len(pre))
	if j == len(pre) {
		return
	}
	if byAt(pre, j-2, edge) {
		plain = j - 2
	}
	// X, then "the", then "by"
	k := j
	for k > 0 && (isASCIILetter(pre[k-1]) || pre[k-1] == '-') {
		k--
	}
	if k == j {
		return
	}
	l := skipBlanksBack(pre, k)
	if l == k || l < 3 || !strings.EqualFold(pre[l-3:l], "the") {
		return
	}
	m := skipBlanksBack(pre, l-3)
	if m == l-3 || m == 0 {
		return
	}
	if byAt(pre, m-2, edge) {
		the = m - 2
	}
	return
}

// byAt tells whether pre holds "by" at i, after a blank (or with edge
// after a non-word byte or at the start).
func byAt(pre string, i int, edge bool) bool {
	if i < 0 || !strings.EqualFold(pre[i:i+2], "by") {
		return false
	}
	if edge {
		return i == 0 || !isASCIIWord(pre[i-1])
	}
	return i >= 1 && (pre[i-1] == ' ' || pre[i-1] == '\t')
}

func skipBlanksBack(s string, i int) int {
	for i > 0 && (s[i-1] == ' ' || s[i-1] == '\t') {
		i--
	}
	return i
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// wordBack returns the start of the ASCII word characters (\w) that end at i.
func wordBack(s string, i int) int {
	for i > 0 && isASCIIWord(s[i-1]) {
		i--
	}
	return i
}

// lettersBack returns the start of the ASCII letters that end at i.
func lettersBack(s string, i int) int {
	for i > 0 && isASCIILetter(s[i-1]) {
		i--
	}
	return i
}

// preVerbWords are the words of rePreVerb before "by" (lower case).
var preVerbWords = wordSet("given", "presented", "delivered", "held", "explained", "introduced", "shown", "demoed", "demonstrated", "led", "talk", "talks", "keynote", "presentation", "session", "workshop", "was", "were")

// preVerbBy is rePreVerb.MatchString(pre): pre ends in "<verb> by ",
// "<verb> <word> by ", perhaps with "the <word> " after "by".
func preVerbBy(re *rules, pre string) bool {
	if !isASCII(pre) {
		return re.rePreVerb.MatchString(pre)
	}
	for _, by := range preByPair(pre) {
		if by < 0 {
			continue
		}
		q := skipBlanksBack(pre, by) // by > 0 and a blank before it
		// the verb right before the blanks
		if v := wordBack(pre, q); preVerbWords[strings.ToLower(pre[v:q])] {
			return true
		}
		// a word between: `[\p{L}]+[ \t]+`
		w := lettersBack(pre, q)
		if w == q || w == 0 || pre[w-1] != ' ' && pre[w-1] != '\t' {
			continue
		}
		r := skipBlanksBack(pre, w)
		if v := wordBack(pre, r); preVerbWords[strings.ToLower(pre[v:r])] {
			return true
		}
	}
	return false
}

func preByPair(pre string) [2]int {
	p, t := preByWords(pre, false)
	return [2]int{p, t}
}

// preBy is rePreBy.MatchString(pre): pre ends in "by " or "by the <word> ",
// "by" after a word boundary.
func preBy(re *rules, pre string) bool {
	if !isASCII(pre) {
		return re.rePreBy.MatchString(pre)
	}
	p, t := preByWords(pre, true)
	return p >= 0 || t >= 0
}

// beforeByStart is the start of reBeforeBy's match on pre, or -1: the
// blanks before "by", or before "was <word> " / "were <word> " ahead of it.
func beforeByStart(re *rules, pre string) int {
	if !isASCII(pre) {
		if m := re.reBeforeBy.FindStringIndex(pre); m != nil {
			return m[0]
		}
		return -1
	}
	best := -1
	for _, by := range preByPair(pre) {
		if by < 0 {
			continue
		}
		q := skipBlanksBack(pre, by)
		p := q
		// "was <word> by": the word, blanks, "was" or "were", blanks
		if w := lettersBack(pre, q); w < q && w > 0 && (pre[w-1] == ' ' || pre[w-1] == '\t') {
			r := skipBlanksBack(pre, w)
			for _, aux := range [...]string{"was", "were"} {
				if a := r - len(aux); a >= 1 && strings.EqualFold(pre[a:r], aux) && (pre[a-1] == ' ' || pre[a-1] == '\t') {
					p = skipBlanksBack(pre, a)
					break
				}
			}
		}
		if best < 0 || p < best {
			best = p
		}
	}
	return best
}
