/*
 * role_cjk: titles, firms and schools in Chinese, Japanese and Korean; see
 * role_cjk.h.
 */
#include <string.h>

#include "role_cjk.h"

/* Whether s holds a character of the CJK and Hangul blocks (U+3000 on,
 * three bytes in UTF-8, lead byte 0xe3 to 0xed). */
static int
cjk(const char *s)
{
	for (; *s != '\0'; s++)
		if ((unsigned char)*s >= 0xe3 && (unsigned char)*s <= 0xed)
			return 1;
	return 0;
}

static int
holds(const char *s, const char *const words[])
{
	for (size_t i = 0; words[i] != NULL; i++)
		if (strstr(s, words[i]) != NULL)
			return 1;
	return 0;
}

/* Whether the word s[0..n) ends in one of words. */
static int
ends(const char *s, size_t n, const char *const words[])
{
	for (size_t i = 0; words[i] != NULL; i++) {
		size_t k = strlen(words[i]);
		if (n >= k && memcmp(s + n - k, words[i], k) == 0)
			return 1;
	}
	return 0;
}

int
role_cjk_title(const char *s)
{
	static const char *const tails[] = {
		/* Chinese, simplified and traditional */
		"工程师", "工程師", "经理", "經理", "总监", "總監", "主管", "专员", "專員",
		"设计师", "設計師", "分析师", "分析師", "顾问", "顧問", "助理", "实习生",
		"實習生", "会计", "會計", "教师", "教師", "老师", "老師", "律师", "律師",
		"医生", "醫生", "护士", "護士", "主任", "总裁", "總裁", "架构师", "架構師",
		"研究员", "研究員", "技术员", "技術員", "翻译", "翻譯", "编辑", "編輯",
		"开发", "開發", "运营", "營運", "销售", "銷售", "出纳", "出納", "司机",
		/* Japanese */
		"エンジニア", "マネージャー", "マネジャー", "デザイナー", "コンサルタント",
		"リーダー", "ディレクター", "アナリスト", "課長", "部長", "係長", "担当",
		/* Korean */
		"엔지니어", "매니저", "디자이너", "개발자", "연구원", "컨설턴트", "대리",
		"과장", "차장", "부장", "팀장", "사원", "주임", "인턴", NULL };

	/* the object particle を, and the commas and stops of a sentence,
	 * make a clause of it ("システムの導入を担当"), no title */
	if (!cjk(s) || strstr(s, "\xe3\x82\x92") != NULL || strstr(s, "\xe3\x80\x81") != NULL ||
	    strstr(s, "\xe3\x80\x82") != NULL)
		return 0;
	for (const char *p = s; *p != '\0';) {
		size_t n;
		p += strspn(p, " \t,()|/");
		n = strcspn(p, " \t,()|/");
		if (n > 0 && ends(p, n, tails))
			return 2;
		p += n;
	}
	return 0;
}

int
role_cjk_company(const char *s)
{
	static const char *const words[] = { "有限公司", "公司", "集团", "集團", "银行",
		"銀行", "事务所", "事務所", "株式会社", "有限会社", "合同会社", "医院",
		"醫院", "주식회사", "(주)", "㈜", "그룹", "은행", NULL };

	return cjk(s) && holds(s, words);
}

int
role_cjk_school(const char *s)
{
	static const char *const words[] = { "大学", "大學", "学院", "學院", "中学",
		"中學", "高中", "高等学校", "高校", "専門学校", "대학교",
		"고등학교", "대학원", NULL };

	return cjk(s) && holds(s, words);
}
