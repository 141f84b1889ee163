/*
 * role_cjk: job titles, firms and schools written in Chinese, Japanese or
 * Korean, whose words stand without spaces between them: told by the
 * words they end in or hold ("高级后端工程师", "上海星辰科技有限公司",
 * "浙江大学", "株式会社デンソー", "삼성전자 주식회사").
 */
#ifndef DOSSIER_ROLE_CJK_H
#define DOSSIER_ROLE_CJK_H

/* 2 when a word of s ends in a job's word, else 0. */
int role_cjk_title(const char *s);
/* 1 when s holds a firm's word (有限公司, 株式会社, 주식회사 ...). */
int role_cjk_company(const char *s);
/* 1 when s holds a school's word (大学, 学院, 高等学校, 대학교 ...). */
int role_cjk_school(const char *s);

#endif
