//! Small pieces every tab may use: number formats, DOM ids, a file download, the ring's
//! geometry (the ring and the Algorithms tab both draw circles), the node colours and style
//! rules written at run time.

pub mod dom;
pub mod download;
pub mod format;
pub mod geom;
pub mod glossary_view;
pub mod later;
pub mod palette;
pub mod sheet;
pub mod theme;
