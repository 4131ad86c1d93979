// Package dot writes a selected sub-graph (export/selectq) as a Graphviz
// DOT diagram: nodes styled by class (shape and fill colour), labelled with
// their names, edges labelled with predicate local names, laid out left to
// right, with a legend of the classes present. The output is for `dot -Tsvg`
// or export/svg.
package dot
