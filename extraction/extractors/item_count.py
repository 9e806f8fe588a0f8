"""ITEM_COUNT: counts of matters, list items, institutions or policies (梳理乡镇职责163项 → 163项).

>>> from policyie.records import Document
>>> from policyie.extraction.context import Context
>>> [m.text for m in extract(Context(Document("d", "设置工作机构7个，涵盖81项事项，辖23个乡镇")))]
['7个', '81项']
"""

from __future__ import annotations

import re
from typing import Iterator

from policyie.extraction.context import Context
from policyie.extraction.extractors.common import mention
from policyie.extraction.quantity import find_quantities
from policyie.records import Mention

LABEL = "ITEM_COUNT"

_UNITS = r"大类|项|条|类|件|个|所"
# 个 and 所 count many things; they are item counts only for bodies, matters and policies.
_BODY_OR_MATTER = re.compile(
    r"^[^，,。；;：:、\n]{0,8}?(机构|事项|办公室|中心|站所|站|所|队|局|科室|股室|内设|事业单位|清单|政策|制度|文件|措施|办法|规定|平台|窗口|服务事项|权力|职责|幼儿园|学校|卫生院|卫生室|医院)"
)
_BODY_BEFORE = re.compile(r"(机构|事项|职责|权限|单位|站所|部门|政策|清单|文件|窗口)[^，,。；;、]{0,4}$")
_NOT_ITEM_AFTER = re.compile(
    r"^(乡镇|镇|乡|街道|村|社区|行政村|县|区|市|省|方面|领域|月|季度|年|百分点|工作日|小时|平方|万|亿|元|人|名|批次|次|倍|家|户|亩|公里|米|吨)"
)
_ORDINAL = re.compile(r"(第|前|后|每)$")
_THRESHOLD_BEFORE = re.compile(r"(涉及|超过|达到|满)[^，,。；;]{0,6}$")
_SEPARATED_LOWER = re.compile(r"(至少|不少于|最少)(?:有|要|应|建成|办好|明确|设置|设|确定|保留)?$")


def extract(ctx: Context) -> Iterator[Mention]:
    v = ctx.view.text
    for q in find_quantities(v, _UNITS):
        if q.approx and q.min is None:
            continue
        before = v[max(0, q.start - 8):q.start]
        after = v[q.end:q.end + 12]
        if _ORDINAL.search(before) or _NOT_ITEM_AFTER.match(after):
            continue
        if q.comparator in ("以上", "以下") and re.match(r"^[^，,。；;]{0,12}的", after):
            continue  # 涉及两个以上部门的: a threshold
        if _THRESHOLD_BEFORE.search(before):
            continue
        if q.unit in ("个", "所", "件") and not (_BODY_OR_MATTER.match(after) or _BODY_BEFORE.search(before)):
            continue
        if q.unit == "条" and not re.match(r"^[^，,。；;]{0,6}(措施|意见|规定|事项|举措|制度|清单|内容|标准|要求|任务|条款|政策|经验|建议)", after):
            continue
        if q.unit == "件" and not re.match(r"^[^，,。；;]{0,6}(事项|实事|文件|政策|制度)", after):
            continue
        value: dict = {"value": q.min if q.min is not None else q.max, "unit": q.unit}
        if q.comparator:
            value.update(min=q.min, max=q.max)
        elif _SEPARATED_LOWER.search(v[max(0, q.start - 6):q.start]):
            value.update(min=q.min, max=None)
        yield mention(ctx, LABEL, q.start, q.end, value, f"item_count.{q.unit}")
