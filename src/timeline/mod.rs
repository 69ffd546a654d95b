//! A speaker's claims over dates → positions per topic and the shifts between them.
//!
//! PLACEHOLDER: the shift issue fills it in.
