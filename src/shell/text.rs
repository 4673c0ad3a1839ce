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
mod tests {
    use super::*;
    use crate::i18n::tests::check;

    #[test]
    fn the_shell_catalogue_speaks_both_languages_with_the_same_arguments() {
        check(H::ALL);
    }
}
