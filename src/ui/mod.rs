//! Small pieces every tab may use: number formats, DOM ids, a file download, the ring's
//! geometry (the ring and the Algorithms tab both draw circles) and the node colours.

pub mod dom;
pub mod download;
pub mod format;
pub mod geom;
pub mod glossary_view;
pub mod palette;
pub mod theme;
