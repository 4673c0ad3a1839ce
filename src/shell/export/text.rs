//! Messages of the take-aways: the export menu, the state file and its errors, the embed and
//! presenter views.

use crate::i18n::catalogue;

catalogue! {
    /// Take-away messages.
    pub enum X {
        Menu => "Export", "导出";
        MenuLabel => "Export this picture or the link's state", "导出这张图或链接中的状态";
        Svg => "Picture (SVG)", "图片（SVG）";
        Png => "Picture (PNG, 2×)", "图片（PNG，2 倍）";
        Motion => "Last change, animated (SVG)", "上一次变更动画（SVG）";
        MotionNone => "No change to animate yet: add, kill or revive a node first.", "还没有可播放的变更：请先添加节点，或让节点宕机、恢复。";
        StateJson => "State (JSON)", "状态（JSON）";
        FlipRun => "The run so far, animated (SVG)", "到目前为止的运行（SVG 动画）";
        FlipLesson => "This lesson, animated (SVG)", "本练习（SVG 动画）";
        FlipRecording => "Recording… frame {0} of {1}", "录制中……第 {0} 帧，共 {1} 帧";
        FlipNone => "Nothing to animate yet: the lab is at time 0. Play or step it first.", "还没有可播放的内容：实验仍在时间 0。请先播放或单步运行。";
        FlipThemeChanged => "The theme changed while the frames were being taken, so nothing was saved. Ask again.", "录制帧时主题改变了，因此没有保存任何文件。请重新导出。";
        FlipRunTitle => "Ringlock · the lock lab, the run so far", "Ringlock · 锁实验室，到目前为止的运行";
        FlipLessonTitle => "Ringlock · lesson: {0}", "Ringlock · 练习：{0}";
        FlipSpan => "logical time {0} → {1} in {2} frames", "逻辑时间 {0} → {1}，共 {2} 帧";
        FlipTime => "logical time {0}", "逻辑时间 {0}";
        Import => "Import state (JSON)", "导入状态（JSON）";
        Imported => "State imported: the link is the one in the file.", "状态已导入：链接与文件中的一致。";
        Failed => "The browser refused the export.", "浏览器拒绝了导出。";
        NotJson => "“{0}” is not JSON: nothing was changed.", "“{0}”不是 JSON：没有做任何更改。";
        NotState => "“{0}” is JSON but not a Ringlock state file: nothing was changed.", "“{0}”是 JSON，但不是 Ringlock 状态文件：没有做任何更改。";
        NewerVersion => "“{0}” was written by a newer Ringlock (version {1}): nothing was changed.", "“{0}”由较新版本的 Ringlock 写出（版本 {1}）：没有做任何更改。";
        TooLarge => "“{0}” is larger than a state file can be: nothing was changed.", "“{0}”超过状态文件的大小上限：没有做任何更改。";
        RingTitle => "Ringlock · the hash ring", "Ringlock · 哈希环";
        LabTitle => "Ringlock · the lock lab", "Ringlock · 锁实验室";
        RingSubtitle => "{0} nodes, {1} virtual nodes, {2} keys · {3}", "{0} 个节点，{1} 个虚拟节点，{2} 个键 · {3}";
        MotionTitle => "Ringlock · {0}", "Ringlock · {0}";
        MotionMoved => "each moved key turns from its old owner's colour to its new owner's", "每个被移动的键从旧所有者的颜色变为新所有者的颜色";
        LegendKeys => "{0} · {1} keys", "{0} · {1} 个键";
        LegendDead => "{0} · dead", "{0} · 已宕机";
        Present => "Present", "演示";
        PresentHelp => "Presenter mode: larger type; PageDown and PageUp (a clicker) go to the course's next and previous step; Escape leaves.", "演示模式：字号更大；翻页笔的向下、向上翻页键切换到教程的下一步和上一步；按 Esc 退出。";
        PresentOn => "Presenting · PageDown next · PageUp back · Esc leaves", "演示中 · 向下翻页键：下一步 · 向上翻页键：上一步 · Esc 退出";
        PresentLeave => "Leave presenter mode", "退出演示模式";
        OpenFull => "Open in Ringlock", "在 Ringlock 中打开";
        EmbedLink => "Copy embed link", "复制嵌入链接";
        EmbedCopied => "Embed link copied", "嵌入链接已复制";
    }
}
