//! Messages of the page frame: header, notices, errors shared by every panel.

catalogue! {
    /// Frame and shared messages.
    pub enum C {
        AppName => "Ringlock", "Ringlock";
        PageTitle => "Ringlock — consistent hashing and distributed locks, live",
                     "Ringlock — 一致性哈希与分布式锁，实时演示";
        Tagline => "Consistent hashing and distributed locks, live: see what moves, what breaks, and why.",
                   "一致性哈希与分布式锁，实时可见：什么在移动、什么会出错，以及为什么。";
        Language => "Language", "语言";
        Theme => "Theme", "主题";
        ThemeSystem => "System", "跟随系统";
        ThemeLight => "Light", "浅色";
        ThemeDark => "Dark", "深色";
        CopyLink => "Copy link", "复制链接";
        LinkCopied => "Link copied", "链接已复制";
        Dismiss => "Dismiss", "关闭";
        BadLink => "This link could not be read: {0} The default scenario is shown instead.",
                   "无法读取此链接：{0}已改为显示默认场景。";
        LinkTruncated => "The link leaves out some pasted keys: it carries at most {0} characters of named keys.",
                         "链接中省略了部分粘贴的键：命名键最多携带 {0} 个字符。";
        NotANumber => "“{0}” is not a whole number.", "“{0}”不是整数。";
        EmptyName => "Enter a name.", "请输入名称。";
        NameTooLong => "Names are at most {0} characters.", "名称最多 {0} 个字符。";
        ControlCharacter => "Names cannot contain control characters (tabs, line breaks…).",
                            "名称不能包含控制字符（制表符、换行等）。";
        DuplicateNode => "A node named “{0}” already exists.", "已存在名为“{0}”的节点。";
        UnknownNode => "There is no node named “{0}”.", "不存在名为“{0}”的节点。";
        NodeStateUnchanged => "Node “{0}” is already in that state.", "节点“{0}”已处于该状态。";
        WeightOutOfRange => "Weight must be between {1} and {2} (got {0}).", "权重必须在 {1} 到 {2} 之间（输入为 {0}）。";
        VnodesOutOfRange => "Virtual nodes per node must be between {1} and {2} (got {0}).",
                            "每个节点的虚拟节点数必须在 {1} 到 {2} 之间（输入为 {0}）。";
        TooManyNodes => "Limit reached: at most {0} nodes.", "已达上限：最多 {0} 个节点。";
        TooManyPoints => "Limit reached: {0} virtual nodes would exceed the limit of {1}.",
                         "已达上限：{0} 个虚拟节点将超过 {1} 的上限。";
        TooManyKeys => "Limit reached: {0} keys would exceed the limit of {1}.",
                       "已达上限：{0} 个键将超过 {1} 的上限。";
        NothingAdded => "Nothing was added.", "未添加任何键。";
        EnterNumber => "Enter a number.", "请输入数字。";
        DuplicateKey => "A key named “{0}” already exists.", "已存在名为“{0}”的键。";
        UnknownKey => "There is no key named “{0}”.", "不存在名为“{0}”的键。";
        PasteLine => "Line {0}: {1}", "第 {0} 行：{1}";
        LinkVersion => "It is not a Ringlock link.", "这不是 Ringlock 链接。";
        LinkField => "Its part “{0}=…” cannot be read.", "其中的“{0}=…”部分无法读取。";
    }
}
