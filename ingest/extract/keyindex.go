package extract

import "github.com/talkgraph/talkgraph/graph/vocab"

// keyIndex finds entities by class and key (builder.entity, lookup,
// alias): a map of keys for each class the rules make, whose string keys
// hash and compare faster than a pair of class and key, and one by pair
// for any other class. It answers as one map by entKey would.
type keyIndex struct {
	byClass [len(keyClasses)]map[string]int
	other   map[entKey]int
}

// keyClasses are the classes with a map of their own in keyIndex.
var keyClasses = [...]vocab.Class{vocab.Person, vocab.Organization, vocab.Event, vocab.Talk, vocab.Track, vocab.Project, vocab.Technology, vocab.Place}

// keySlot is the index of class c in keyClasses, or -1.
func keySlot(c vocab.Class) int {
	switch c {
	case vocab.Person:
		return 0
	case vocab.Organization:
		return 1
	case vocab.Event:
		return 2
	case vocab.Talk:
		return 3
	case vocab.Track:
		return 4
	case vocab.Project:
		return 5
	case vocab.Technology:
		return 6
	case vocab.Place:
		return 7
	}
	return -1
}

// newKeyIndex returns an index whose persons and talks (the classes a text
// dense with names has most of) have room for hint keys.
func newKeyIndex(hint int) keyIndex {
	var x keyIndex
	x.byClass[keySlot(vocab.Person)] = make(map[string]int, hint)
	x.byClass[keySlot(vocab.Talk)] = make(map[string]int, hint)
	return x
}

// get returns the entity filed under class c and key.
func (x *keyIndex) get(c vocab.Class, key string) (int, bool) {
	if s := keySlot(c); s >= 0 {
		i, ok := x.byClass[s][key]
		return i, ok
	}
	i, ok := x.other[entKey{c, key}]
	return i, ok
}

// set files entity i under class c and key.
func (x *keyIndex) set(c vocab.Class, key string, i int) {
	if s := keySlot(c); s >= 0 {
		if x.byClass[s] == nil {
			x.byClass[s] = map[string]int{}
		}
		x.byClass[s][key] = i
		return
	}
	if x.other == nil {
		x.other = map[entKey]int{}
	}
	x.other[entKey{c, key}] = i
}
