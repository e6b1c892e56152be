// The demo's random source: a seeded Mersenne twister with the draws the demo
// makes (below, between, chance, exponential, pick, weighted). The same seed
// and the same order of draws give the same data, so the parts of the demo
// share one DemoDice and draw in a fixed order.
#pragma once

#include <QList>

#include <initializer_list>
#include <random>

class DemoDice final
{
public:
    explicit DemoDice(quint64 seed) : m_engine(seed) {}

    int below(int n) { return int(m_engine() % quint64(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_engine) < p; }
    double exponential(double mean)
    {
        return std::exponential_distribution<double>(1.0 / mean)(m_engine);
    }
    template <typename T> const T &pick(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }

    // Index by weights (need not sum to 1).
    int weighted(std::initializer_list<double> weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double x = std::uniform_real_distribution<double>(0, total)(m_engine);
        int i = 0;
        for (double w : weights) {
            if (x < w)
                return i;
            x -= w;
            ++i;
        }
        return i - 1;
    }

private:
    std::mt19937_64 m_engine;
};
