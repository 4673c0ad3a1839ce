//! Messages of the shell: the tab list and its tabs' names.

use crate::i18n::catalogue;

catalogue! {
    /// Shell messages.
    pub enum H {
        Sections => "Sections", "栏目";
        TabLearn => "Learn", "学习";
        TabRing => "Ring", "哈希环";
        TabLab => "Lock lab", "锁实验室";
        TabAlgo => "Algorithms", "算法对比";
    }
}

#[cfg(test)]
#[path = "text_tests.rs"]
mod tests;
