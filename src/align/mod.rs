//! Claims of several documents → one-to-one alignments between outlets and claim groups.
//!
//! PLACEHOLDER: the alignment issue fills it in.
