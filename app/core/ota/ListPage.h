#pragma once

#include <QList>

// One page of a paged list API: where it is in the list and what it holds.
template<typename T> struct ListPage
{
    int currentPage = 0;
    int pageSize = 0;
    int pageCount = 0;
    qint64 total = 0;
    QList<T> items;
};
