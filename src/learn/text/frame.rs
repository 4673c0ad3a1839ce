//! The course's controls and labels.

use crate::i18n::catalogue;

catalogue! {
    /// Course frame messages.
    pub enum F {
        Chapters => "Chapters", "章节";
        ChapterN => "Chapter {0}", "第 {0} 章";
        StepOf => "Step {0} of {1}", "第 {0} 步，共 {1} 步";
        Progress => "Course progress", "学习进度";
        Back => "Back", "上一步";
        Next => "Next", "下一步";
        Restart => "Restart chapter", "重新开始本章";
        FreeLab => "Open this ring in the free lab", "在自由实验中打开这个环";
        KeysHint => "← / → or PageUp / PageDown move between steps.", "用 ← / → 或 PageUp / PageDown 切换步骤。";
        Predict => "Predict", "先预测";
        PercentLabel => "Your guess, in percent", "你的猜测（百分比）";
        Check => "Check my guess", "检查我的猜测";
        ShowMe => "Show me", "直接看结果";
        NotANumber => "Type a number from 0 to 100.", "请输入 0 到 100 之间的数字。";
        OutOfRange => "A percentage lies between 0 and 100.", "百分比应在 0 到 100 之间。";
        Outcome => "What happened", "实际结果";
        YourGuess => "Your guess", "你的猜测";
        Measured => "Measured", "实测";
        Theory => "Theory", "理论值";
        Right => "Right!", "答对了！";
        Wrong => "Not quite: the run shows why.", "不太对：看看实际运行的结果。";
        Skipped => "You chose to see the outcome without a guess.", "你选择了不猜，直接看结果。";
        MillisLabel => "Your guess, in milliseconds", "你的猜测（毫秒）";
        BadMillis => "Type a number of milliseconds from 0 to 60,000.", "请输入 0 到 60,000 之间的毫秒数。";
        WithinMs => "(right within ±{0} ms)", "（误差 ±{0} 毫秒以内算对）";
        CountLabel => "Your guess, a whole number", "你的猜测（整数）";
        BadCount => "Type a whole number from 0 to 1,000,000.", "请输入 0 到 1,000,000 之间的整数。";
        NotWhole => "A count is a whole number: no fractions.", "次数是整数，不能有小数。";
        WithinCount => "(right within ±{0})", "（误差 ±{0} 以内算对）";
        Exactly => "(only the exact number is right)", "（必须完全一致才算对）";
        LabCaption => "The real lock lab, set up by this step", "真实的锁实验，由这一步设置";
        FreeLockLab => "Open this run in the lock lab", "在锁实验中打开这次运行";
        Within => "(right within ±{0} points)", "（误差 ±{0} 个百分点以内算对）";
        Done => "That is the end of the course for now: the free labs are one click away.", "教程暂时到此为止：自由实验只需点击一下。";
        BadLink => "That course link names no step, so the course opened at chapter 1.", "这个教程链接没有指向任何一步，所以从第 1 章开始。";
        Dismiss => "Dismiss", "关闭";
        PickOnRing => "You can also click your answer on the ring: a node's point or a key.", "也可以直接在环上点击你的答案：节点的点或某个键。";
        CopiesCaption => "Where each key keeps its {0} copies (the first is the coordinator)", "每个键的 {0} 份副本在哪里（第一个是协调者）";
        CopiesKey => "Key", "键";
        CopiesNodes => "Copies on", "副本所在节点";
        CopiesAfter => "After the kill", "宕机之后";
        CopiesLost => "no copy left", "一份副本也没剩下";
        CopiesLeft => "{0} of {1} left", "剩 {0} 份（共 {1} 份）";
        RingCaption => "The real ring, set up by this step", "真实的哈希环，由这一步设置";
    }
}

#[cfg(test)]
#[path = "frame_tests.rs"]
mod tests;
